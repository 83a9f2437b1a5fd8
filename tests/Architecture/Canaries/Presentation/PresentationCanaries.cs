// A pretend transport under Canaries.Presentation: GoodEndpoints passes; each other endpoint class reaches for
// one thing the transport must not touch; the GameHub breaks the hub's shape.
using DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha.Commands.Ping;
using DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha.Contracts;
using DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha.Dtos;
using DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha.Queries.GetWidget;
using DrawGuess.ArchitectureTests.Canaries.Presentation.Domain.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Presentation.Domain.SharedKernel;
using DrawGuess.ArchitectureTests.Canaries.Presentation.Infrastructure.Alpha;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using StackExchange.Redis;

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.Domain.SharedKernel
{
    public readonly record struct WidgetId(int Value);
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.Domain.Alpha
{
    public sealed class Widget;
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha
{
    public interface IWidgetRepository
    {
        int Count { get; }
    }

    public interface IWidgetStore;

    public sealed class WidgetService;
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha.Commands.Ping
{
    public sealed record PingCommand(WidgetId Id) : IRequest<Unit>;
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha.Contracts
{
    public sealed record WidgetView(string Name);
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha.Dtos
{
    public sealed record WidgetSummary(int Count);
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.Application.Alpha.Queries.GetWidget
{
    public sealed record WidgetDto(string Name);
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.Infrastructure.Alpha
{
    public sealed class WidgetCache;
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.WebApi.Common
{
    public static class Limits
    {
        public static int Parse(string? text) => int.TryParse(text, out var value) ? value : 10;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.WebApi.Status
{
    /// <summary>Not an endpoint nor the hub: outside the rule.</summary>
    public sealed class StatusReporter(IWidgetRepository widgets)
    {
        public int Count => widgets.Count;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.WebApi.Endpoints
{
    using DrawGuess.ArchitectureTests.Canaries.Presentation.WebApi.Common;

    public static class GoodEndpoints
    {
        public static async Task<IResult> Ping(string? size, IMediator mediator, CancellationToken cancellationToken)
        {
            await mediator.Send(new PingCommand(new WidgetId(Limits.Parse(size))), cancellationToken);
            return Results.Ok(new object[] { new WidgetView("a"), new WidgetSummary(1), new WidgetDto("b") });
        }
    }

    public static class EntityEndpoints
    {
        public static IResult Get() => Results.Ok(new Widget());
    }

    public static class RepositoryEndpoints
    {
        public static IResult Get(IWidgetRepository widgets) => Results.Ok(widgets.Count);
    }

    public static class StoreEndpoints
    {
        public static IResult Get(IWidgetStore store) => Results.Ok(store);
    }

    public static class DbContextEndpoints
    {
        public static IResult Get(DbContext database) => Results.Ok(database.ContextId);
    }

    public static class RedisEndpoints
    {
        public static IResult Get(IConnectionMultiplexer redis) => Results.Ok(redis.IsConnected);
    }

    public static class InfrastructureEndpoints
    {
        public static IResult Get(WidgetCache cache) => Results.Ok(cache);
    }

    public static class ServiceEndpoints
    {
        public static IResult Get(WidgetService service) => Results.Ok(service);
    }

    public static class HandlerEndpoints
    {
        public static Task<Unit> Get(IRequestHandler<PingCommand, Unit> handler) => handler.Handle(new PingCommand(default), CancellationToken.None);
    }

    public static class SerilogEndpoints
    {
        public static IResult Get(Serilog.ILogger logger) => Results.Ok(logger);
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Presentation.WebApi.Realtime
{
    public interface IGameClient;

    public interface IOtherClient;

    /// <summary>Not sealed, the wrong client interface, two methods that do not send, one that uses a repository.</summary>
    public class GameHub(IMediator mediator, IWidgetRepository widgets) : Hub<IOtherClient>
    {
        public Task Ping() => mediator.Send(new PingCommand(default));

        public async Task PingTwice()
        {
            await mediator.Send(new PingCommand(default));
            await mediator.Send(new PingCommand(default));
        }

        public Task Idle() => Task.CompletedTask;

        public int CountWidgets() => widgets.Count;
    }
}
