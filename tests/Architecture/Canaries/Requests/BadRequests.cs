// Each request here breaks one request convention; its handler (if any) is fine.
using MediatR;

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Mutable
{
    public sealed record MutableCommand : IRequest<Unit>
    {
        public string Name { get; set; } = string.Empty;
    }

    internal sealed class MutableCommandHandler : IRequestHandler<MutableCommand, Unit>
    {
        public Task<Unit> Handle(MutableCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Queries.PublicField
{
    public sealed record PublicFieldQuery : IRequest<int>
    {
        public int Count;
    }

    internal sealed class PublicFieldQueryHandler : IRequestHandler<PublicFieldQuery, int>
    {
        public Task<int> Handle(PublicFieldQuery request, CancellationToken cancellationToken) => Task.FromResult(request.Count);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Orphan
{
    public sealed record OrphanCommand : IRequest<Unit>;
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.TwiceHandled
{
    public sealed record TwiceHandledCommand : IRequest<Unit>;

    internal sealed class TwiceHandledCommandHandler : IRequestHandler<TwiceHandledCommand, Unit>
    {
        public Task<Unit> Handle(TwiceHandledCommand request, CancellationToken cancellationToken) => Unit.Task;
    }

    internal sealed class TwiceHandledCommandOtherHandler : IRequestHandler<TwiceHandledCommand, Unit>
    {
        public Task<Unit> Handle(TwiceHandledCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Elsewhere
{
    /// <summary>Its folder should be Commands.Misplaced.</summary>
    public sealed record MisplacedCommand : IRequest<Unit>;
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Misplaced
{
    using DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Elsewhere;

    internal sealed class MisplacedCommandHandler : IRequestHandler<MisplacedCommand, Unit>
    {
        public Task<Unit> Handle(MisplacedCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.NotSealed
{
    public record NotSealedCommand : IRequest<Unit>;

    internal sealed class NotSealedCommandHandler : IRequestHandler<NotSealedCommand, Unit>
    {
        public Task<Unit> Handle(NotSealedCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Internal
{
    internal sealed record InternalCommand : IRequest<Unit>;

    internal sealed class InternalCommandHandler : IRequestHandler<InternalCommand, Unit>
    {
        public Task<Unit> Handle(InternalCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Class
{
    public sealed class ClassCommand(string name) : IRequest<Unit>
    {
        public string Name { get; } = name;
    }

    internal sealed class ClassCommandHandler : IRequestHandler<ClassCommand, Unit>
    {
        public Task<Unit> Handle(ClassCommand request, CancellationToken cancellationToken) => Unit.Task;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Requests.Application.Alpha.Commands.Frobnicate
{
    public sealed record Frobnicate : IRequest<Unit>;

    internal sealed class FrobnicateHandler : IRequestHandler<Frobnicate, Unit>
    {
        public Task<Unit> Handle(Frobnicate request, CancellationToken cancellationToken) => Unit.Task;
    }
}
