using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Players.Sessions;

/// <summary>A guest identity: the resume token is stored only as its hash.</summary>
public sealed class PlayerSession(PlayerId playerId, string name, string resumeTokenHash)
{
    public PlayerId PlayerId { get; } = playerId;
    public string Name { get; } = name;
    public string ResumeTokenHash { get; } = resumeTokenHash;
    public string? ConnectionId { get; set; }
    public RoomId? RoomId { get; set; }
    /// <summary>Since when the player has had neither a connection nor a room; null while they have one.</summary>
    public DateTimeOffset? IdleSince { get; set; }

    public PlayerSessionView ToView() => new(PlayerId, Name, ConnectionId, RoomId);
}
