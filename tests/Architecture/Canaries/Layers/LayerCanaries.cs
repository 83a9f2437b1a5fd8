// A pretend codebase under Canaries.Layers: one namespace per layer. The *With* types break a layer rule,
// the others use only what their layer may.
using DrawGuess.ArchitectureTests.Canaries.Layers.Application.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Layers.Infrastructure.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Layers.WebApi.Alpha;
using MediatR;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DrawGuess.ArchitectureTests.Canaries.Layers.Domain.Alpha
{
    public sealed class PlainDomainType
    {
        public List<DateTimeOffset> Moments { get; } = [];
    }

    public sealed class DomainWithMediatR
    {
        public IMediator? Mediator { get; init; }
    }

    public sealed class DomainWithApplication
    {
        public AppService? Service { get; init; }
    }

    public sealed class DomainWithEfCore
    {
        public DbContext? Database { get; init; }
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Layers.Application.Alpha
{
    public sealed class AppService(ILogger<AppService> logger, IMediator mediator)
    {
        public Task<Unit> Run(IRequest<Unit> request)
        {
            logger.LogInformation("sending");
            return mediator.Send(request);
        }
    }

    public sealed class ApplicationWithSerilog
    {
        public Serilog.ILogger? Logger { get; init; }
    }

    public sealed class ApplicationWithInfrastructure
    {
        public InfraStore? Store { get; init; }
    }

    public static class ApplicationWithRedis
    {
        public static Task<RedisValue> Run(IDatabase database) => database.StringGetAsync("key");
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Layers.Infrastructure.Alpha
{
    /// <summary>EF Core and Redis are fine here.</summary>
    public sealed class InfraStore
    {
        public DbContext? Database { get; init; }
        public IConnectionMultiplexer? Redis { get; init; }
    }

    public sealed class InfrastructureWithSignalR
    {
        public IHubContext<Hub>? Hub { get; init; }
    }

    public static class InfrastructureWithWebApi
    {
        public static object Run() => new WebApiThing();
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Layers.WebApi.Alpha
{
    public sealed class WebApiThing;

    public static class WebApiWithEfCore
    {
        public static object Run() => new DbContextOptionsBuilder();
    }
}
