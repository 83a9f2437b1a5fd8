namespace DrawGuess.Application.Chat.Contracts;

public sealed record ChatMessageDto(
    long Id,
    string Channel,
    string Kind,
    string? PlayerId,
    string? Name,
    string Text,
    long SentAt,
    string? SystemCode,
    IReadOnlyList<string> Args);

public sealed record CloseGuessDto(string Text);
