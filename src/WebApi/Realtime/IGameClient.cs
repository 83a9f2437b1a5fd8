using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;

namespace DrawGuess.WebApi.Realtime;

/// <summary>Server events; the method names are the event names of docs/protocol.md.</summary>
public interface IGameClient
{
    Task LobbyRoomUpdated(RoomSummaryDto room);
    Task LobbyRoomRemoved(RoomRemovedDto room);
    Task RoomClosed(RoomRemovedDto room);
    Task RoomUpdated(RoomDto room);
    Task PlayerJoined(PlayerDto player);
    Task Kicked(KickedDto kicked);
    Task VoteKickUpdated(VoteKickDto vote);
    Task SessionReplaced(object empty);
    Task Resync(object empty);
    Task ChatMessage(ChatMessageDto message);
    Task CloseGuess(CloseGuessDto closeGuess);
    Task GameStarted(GameStateDto game);
    Task TurnStarted(TurnStartedDto turn);
    Task WordOptions(WordOptionsDto options);
    Task DrawingStarted(DrawingStartedDto drawing);
    Task HintUpdated(HintUpdatedDto hint);
    Task PlayerGuessed(PlayerGuessedDto guessed);
    Task YouGuessed(YouGuessedDto guessed);
    Task Canvas(CanvasOpDto operation);
    Task CanvasRefused(CanvasRefusedDto refusal);
    Task TurnEnded(TurnEndedDto turn);
    Task DrawingRated(DrawingRatedDto rated);
    Task GameOver(GameOverDto gameOver);
    Task GameStopped(GameStoppedDto stopped);
}
