using DrawGuess.Domain.Chat.Snapshots;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Chat;

/// <param name="Audience">
/// Who could read it when it was sent, for the guessed-only channel and for a line in channel all that
/// wrote the word (the sender and those who could see the word); null: everyone in the room.
/// </param>
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

    public bool IsVisibleTo(PlayerId playerId) => Audience?.Contains(playerId) ?? Channel == ChatChannel.All;

    public ChatMessageSnapshotV1 ToSnapshot() =>
        new(Id, Channel, PlayerId?.Value, Name, Text, SentAt, SystemCode, Args, Audience is null ? null : [.. Audience.Select(p => p.Value)]);

    public static ChatMessage Restore(ChatMessageSnapshotV1 snapshot) =>
        new(snapshot.Id, snapshot.Channel, snapshot.PlayerId is { } playerId ? new PlayerId(playerId) : null, snapshot.Name, snapshot.Text,
            snapshot.SentAt, snapshot.SystemCode, [.. snapshot.Args], snapshot.Audience?.Select(id => new PlayerId(id)).ToHashSet());
}
