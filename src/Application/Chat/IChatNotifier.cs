using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Chat;

public interface IChatNotifier
{
    Task Message(IReadOnlyCollection<PlayerId> to, ChatMessageDto message);

    Task CloseGuess(PlayerId to, CloseGuessDto closeGuess);
}
