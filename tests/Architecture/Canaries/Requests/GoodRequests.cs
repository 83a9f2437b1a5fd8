// Requests, handlers, validators and event handlers laid out as the conventions ask: none may be reported.
using DrawGuess.Application.Common.UnitOfWork;
using FluentValidation;
using MediatR;

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.DoThing
{
    public sealed record DoThingCommand(string Name) : IRequest<Unit>;

    internal sealed class DoThingCommandHandler : IRequestHandler<DoThingCommand, Unit>
    {
        public Task<Unit> Handle(DoThingCommand request, CancellationToken cancellationToken) => Unit.Task;
    }

    internal sealed class DoThingCommandValidator : AbstractValidator<DoThingCommand>;
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.InitOnly
{
    /// <summary>init setters are immutable: PropertyInfo.CanWrite says otherwise, the rule must not.</summary>
    public sealed record InitOnlyCommand : IRequest<Unit>
    {
        public string Name { get; init; } = string.Empty;
    }

    internal sealed class InitOnlyCommandHandler : IRequestHandler<InitOnlyCommand, Unit>
    {
        public Task<Unit> Handle(InitOnlyCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Contracts
{
    /// <summary>Offered to other modules, so it lives in Contracts; its handler stays in the use-case folder.</summary>
    public sealed record GetAlphaInfoQuery(int Id) : IRequest<string>;

    public sealed record AlphaHappenedIntegrationEvent(int Id) : INotification;

    public sealed record AlphaSettingsDto(int Size);
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Queries.GetAlphaInfo
{
    using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Contracts;

    internal sealed class GetAlphaInfoQueryHandler : IRequestHandler<GetAlphaInfoQuery, string>
    {
        public Task<string> Handle(GetAlphaInfoQuery request, CancellationToken cancellationToken) => Task.FromResult("info");
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.EventHandlers
{
    using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Contracts;

    internal sealed class AlphaHappenedIntegrationEventHandler : IRoomEventHandler<AlphaHappenedIntegrationEvent>
    {
        public Task Handle(AlphaHappenedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha
{
    using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Contracts;

    /// <summary>A validator of a DTO shared by several commands.</summary>
    internal sealed class AlphaSettingsDtoValidator : AbstractValidator<AlphaSettingsDto>;
}
