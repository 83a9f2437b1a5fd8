using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Chat.EventHandlers;

/// <summary>The chat's record of a turn: how it ended and the word, posted only after the word was revealed to everyone.</summary>
internal sealed class TurnEndedIntegrationEventHandler(SystemMessages system) : IRoomEventHandler<TurnEndedIntegrationEvent>
{
    public Task Handle(TurnEndedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (e.Word is null) return Task.CompletedTask;
        var ending = e.Reason switch
        {
            "allGuessed" => "Everyone guessed it!",
            "timeUp" => "Time is up!",
            _ => "The drawer left.",
        };
        return system.PostAsync(room, "turnEnded", $"{ending} The word was {e.Word}.", [e.Word, e.Reason], cancellationToken);
    }
}
