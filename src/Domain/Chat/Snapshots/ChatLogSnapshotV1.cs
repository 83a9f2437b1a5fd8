using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Chat.Snapshots;

/// <summary>A chat log without its messages, which are stored beside it one by one (<see cref="ChatMessageSnapshotV1"/>).</summary>
/// <param name="RecentByPlayer">Each player's messages inside the rate-limit window, oldest first.</param>
public sealed record ChatLogSnapshotV1(long NextMessageId, IReadOnlyDictionary<Guid, IReadOnlyList<DateTimeOffset>> RecentByPlayer) : IStoredSnapshot
{
    public const int Version = 1;
}

public sealed record ChatMessageSnapshotV1(
    long Id,
    ChatChannel Channel,
    Guid? PlayerId,
    string? Name,
    string Text,
    DateTimeOffset SentAt,
    string? SystemCode,
    IReadOnlyList<string> Args,
    IReadOnlyList<Guid>? Audience) : IStoredSnapshot
{
    public const int Version = 1;
}
