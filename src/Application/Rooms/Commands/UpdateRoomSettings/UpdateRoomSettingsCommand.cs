using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.UpdateRoomSettings;

public sealed record UpdateRoomSettingsCommand(string ConnectionId, RoomSettingsDto? Settings) : ICallerRoomCommand<Unit>;
