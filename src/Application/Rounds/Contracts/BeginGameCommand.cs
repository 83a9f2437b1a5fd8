using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rounds.Contracts;

/// <summary>Rooms, once it allowed a start: begin a game with fresh scores, replacing a finished one of the room.</summary>
public sealed record BeginGameCommand(
    RoomId RoomId,
    string RoomName,
    int Rounds,
    int DrawingSeconds,
    int WordChoices,
    int Hints,
    string Language,
    IReadOnlyList<string> CustomWords,
    bool CustomWordsOnly,
    IReadOnlyList<GamePlayerDto> Players) : INamedRoomCommand<Unit>;

public sealed record GamePlayerDto(PlayerId PlayerId, string Name, long JoinOrder);
