// Under Canaries.UnitOfWork: the types named for what they do wrong break a unit-of-work rule; the others must pass.
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.ArchitectureTests.Canaries.UnitOfWork.Application.Alpha
{
    public interface IThingRepository
    {
        Task<string?> FindAsync(RoomId roomId);

        Task SaveAsync(string thing);
    }

    public sealed record ChangeThingCommand(RoomId RoomId) : INamedRoomCommand<Unit>;

    public sealed record UnmarkedCommand(RoomId RoomId) : IRequest<Unit>;

    public sealed record PlainCommand(string Text) : IRequest<Unit>;

    public sealed record ThingChangedIntegrationEvent(RoomId RoomId) : INotification;

    internal sealed class ChangeThingCommandHandler(IThingRepository things) : IRoomCommandHandler<ChangeThingCommand, Unit>
    {
        public async Task<Unit> Handle(ChangeThingCommand command, IRoomUnitOfWork room, CancellationToken cancellationToken)
        {
            await things.FindAsync(command.RoomId);
            room.Publish(new ThingChangedIntegrationEvent(command.RoomId));
            return Unit.Value;
        }
    }

    internal sealed class SavesByHandCommandHandler(IThingRepository things) : IRoomCommandHandler<ChangeThingCommand, Unit>
    {
        public async Task<Unit> Handle(ChangeThingCommand command, IRoomUnitOfWork room, CancellationToken cancellationToken)
        {
            await things.SaveAsync("changed");
            return Unit.Value;
        }
    }

    internal sealed class LocksByHandCommandHandler(IRoomLocks locks) : IRoomCommandHandler<ChangeThingCommand, Unit>
    {
        public async Task<Unit> Handle(ChangeThingCommand command, IRoomUnitOfWork room, CancellationToken cancellationToken)
        {
            using var _ = await locks.AcquireAsync(command.RoomId, cancellationToken);
            return Unit.Value;
        }
    }

    internal sealed class PublishesInTransactionHandler(IMediator publisher) : IRoomEventHandler<ThingChangedIntegrationEvent>
    {
        public Task Handle(ThingChangedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
            publisher.Publish(e, cancellationToken);
    }

    internal sealed class UnmarkedCommandHandler : IRoomCommandHandler<UnmarkedCommand, Unit>
    {
        public Task<Unit> Handle(UnmarkedCommand command, IRoomUnitOfWork room, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
    }

    internal sealed class BypassingCommandHandler : IRequestHandler<ChangeThingCommand, Unit>
    {
        public Task<Unit> Handle(ChangeThingCommand request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
    }

    /// <summary>A use case spanning rooms may send room commands one after another: it holds no lock itself.</summary>
    internal sealed class PlainCommandHandler(IMediator mediator) : IRequestHandler<PlainCommand, Unit>
    {
        public Task<Unit> Handle(PlainCommand request, CancellationToken cancellationToken) => mediator.Send(new ChangeThingCommand(RoomId.New()), cancellationToken);
    }

    internal sealed class LocksOutsideHandler(IRoomLocks locks)
    {
        public Task<IRoomLock> Run(RoomId roomId) => locks.AcquireAsync(roomId, CancellationToken.None);
    }
}
