using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Domain.Chat;

namespace DrawGuess.Application.Chat;

internal static class ChatViews
{
    public static ChatMessageDto ToDto(ChatMessage m) => new(
        m.Id, m.Channel == ChatChannel.Guessed ? "guessed" : "all", m.IsSystem ? "system" : "player",
        m.PlayerId?.ToString(), m.Name, m.Text, m.SentAt.ToUnixTimeMilliseconds(), m.SystemCode, m.Args);
}
