using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Common.UnitOfWork;

/// <summary>
/// A command on one room's state. <see cref="Behaviours.RoomUnitOfWorkBehaviour{TRequest,TResponse}"/> runs it: it
/// takes the room's lock, gives its <see cref="IRoomCommandHandler{TCommand,TResponse}"/> a unit of work, then
/// handles what that raised, saves what changed and sends the players' messages.
/// </summary>
public interface IRoomCommand<TResponse> : IRequest<TResponse>;

/// <summary>A command a player sends: the room is the one the connection's player is in (NOT_REGISTERED / NOT_IN_ROOM otherwise).</summary>
public interface ICallerRoomCommand<TResponse> : IRoomCommand<TResponse>
{
    string ConnectionId { get; }
}

/// <summary>A command on a room it names: a timer's, or a step of a use case that spans rooms.</summary>
public interface INamedRoomCommand<TResponse> : IRoomCommand<TResponse>
{
    RoomId RoomId { get; }
}
