// Good requests whose handler, validator or notification handler breaks one convention.
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.DoThing;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Mutable;
using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Contracts;
using FluentValidation;
using MediatR;

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.PublicHandler
{
    public sealed record PublicHandlerCommand : IRequest<Unit>;

    public sealed class PublicHandlerCommandHandler : IRequestHandler<PublicHandlerCommand, Unit>
    {
        public Task<Unit> Handle(PublicHandlerCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.OpenHandler
{
    public sealed record OpenHandlerCommand : IRequest<Unit>;

    internal class OpenHandlerCommandHandler : IRequestHandler<OpenHandlerCommand, Unit>
    {
        public Task<Unit> Handle(OpenHandlerCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Misnamed
{
    public sealed record MisnamedCommand : IRequest<Unit>;

    internal sealed class MisnamedCommandProcessor : IRequestHandler<MisnamedCommand, Unit>
    {
        public Task<Unit> Handle(MisnamedCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.WrongFolder
{
    public sealed record WrongFolderCommand : IRequest<Unit>;
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Handlers
{
    using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.WrongFolder;

    internal sealed class WrongFolderCommandHandler : IRequestHandler<WrongFolderCommand, Unit>
    {
        public Task<Unit> Handle(WrongFolderCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Validation
{
    public sealed class PublicDoThingValidator : AbstractValidator<DoThingCommand>;

    internal class MutableCommandValidator : AbstractValidator<MutableCommand>;
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.EventHandlers
{
    public sealed class AlphaHappenedListener : IRoomEventHandler<AlphaHappenedIntegrationEvent>
    {
        public Task Handle(AlphaHappenedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
