using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Chat;

/// <param name="Audience">For the guessed-only channel: who could read it when it was sent.</param>
public sealed record ChatMessage(
    long Id,
    ChatChannel Channel,
    PlayerId? PlayerId,
    string? Name,
    string Text,
    DateTimeOffset SentAt,
    string? SystemCode,
    IReadOnlyList<string> Args,
    IReadOnlySet<PlayerId>? Audience)
{
    public bool IsSystem => SystemCode is not null;

    public bool IsVisibleTo(PlayerId playerId) => Channel == ChatChannel.All || Audience?.Contains(playerId) == true;
}
