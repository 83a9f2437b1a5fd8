using DrawGuess.Application.Rankings;
using DrawGuess.Application.Chat;
using DrawGuess.Application.Players;
using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rounds;
using DrawGuess.Infrastructure;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.WebApi.Common;
using DrawGuess.WebApi.Metrics;
using DrawGuess.WebApi.Realtime;
using DrawGuess.WebApi.Realtime.Limits;
using DrawGuess.WebApi.Realtime.MessagePack;
using DrawGuess.WebApi.Status;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi;

public static class DependencyInjection
{
    public static IServiceCollection AddWebApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PlayersOptions>(configuration.GetSection(PlayersOptions.Section));
        services.Configure<RoomsOptions>(configuration.GetSection(RoomsOptions.Section));
        services.Configure<RoundsOptions>(configuration.GetSection(RoundsOptions.Section));
        // A timer cannot wait longer than about 49 days: a longer sweep interval would stop the host.
        services.AddOptions<GalleryOptions>().Bind(configuration.GetSection(GalleryOptions.Section))
            .Validate(o => o.Retention > TimeSpan.Zero && o.SweepInterval > TimeSpan.Zero && o.SweepInterval <= TimeSpan.FromDays(30),
                "Gallery:Retention must be positive and Gallery:SweepInterval between 0 and 30 days.")
            .ValidateOnStart();
        services.Configure<RedisOptions>(configuration.GetSection(RedisOptions.Section));
        services.AddProblemDetails();
        services.RemoveAll<IProblemDetailsWriter>();
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddOpenApi();
        var signalR = services.AddSignalR(options =>
        {
            options.AddFilter<SentCanvasRefusalFilter>();
            options.AddFilter<HubMetricsFilter>();
            options.AddFilter<HubErrorFilter>();
            options.AddFilter<HubCallRateLimitFilter>();
            options.AddFilter<AddressRateLimitFilter>();
            options.AddFilter<RegistrationDeadline>();
            options.KeepAliveInterval = TimeSpan.FromSeconds(15);
            options.MaximumReceiveMessageSize = GuardedHubProtocol.MaximumMessageSize;
        });
        // With several instances, a message for a connection held by another instance travels over Redis.
        if (StorageOptions.UsesRedis(configuration))
        {
            signalR.AddStackExchangeRedis(Infrastructure.DependencyInjection.SignalRBackplaneConnection(configuration),
                backplane => Infrastructure.DependencyInjection.ConfigureSignalRBackplane(backplane.Configuration));
        }
        services.AddSingleton<SentCanvasRefusalFilter>();
        services.AddSingleton<HubErrorFilter>();
        services.AddSingleton<HubCallRateLimitFilter>();
        services.Configure<ClientLimitsOptions>(configuration.GetSection(ClientLimitsOptions.Section));
        services.AddSingleton<AddressRateLimitFilter>();
        services.AddSingleton<RegistrationDeadline>();
        services.AddRestRateLimiting();
        services.AddSingleton<HubConnectionLimit>();
        // In place of SignalR's JSON protocol, which it wraps (unreadable calls and non-messages, docs/protocol.md "Errors"),
        // and MessagePack with the same guarantees, chosen by the client's handshake.
        services.RemoveAll<IHubProtocol>();
        services.AddSingleton<IHubProtocol, GameHubProtocol>();
        services.AddSingleton<IHubProtocol, GameMessagePackHubProtocol>();
        services.AddSingleton<HubMetricsFilter>();
        services.AddSingleton<WebApiMetrics>();
        services.AddSingleton<PrometheusExporter>();
        services.AddSingleton<DependencyMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<DependencyMonitor>());
        services.AddSingleton<SignalRNotifier>();
        services.AddSingleton<IPlayersNotifier>(sp => sp.GetRequiredService<SignalRNotifier>());
        services.AddSingleton<IRoomsNotifier>(sp => sp.GetRequiredService<SignalRNotifier>());
        services.AddSingleton<IRoundsNotifier>(sp => sp.GetRequiredService<SignalRNotifier>());
        services.AddSingleton<IChatNotifier>(sp => sp.GetRequiredService<SignalRNotifier>());
        services.AddSingleton<ILobbySubscriptions, LobbySubscriptions>();
        services.AddHealthChecks();
        services.AddSingleton<IConfigureOptions<HealthCheckServiceOptions>, DependencyHealthChecks>();
        services.AddSingleton<DependencyChecks>();
        services.AddSingleton<HttpActivity>();
        services.AddSingleton<ServerStatusReporter>();
        services.AddGracefulShutdown();
        return services;
    }

    /// <summary>
    /// Wraps the hub lifetime manager registered for all hubs, so it must come after any backplane
    /// (AddStackExchangeRedis registers its own), and keeps the shutdown inside the pod's grace period.
    /// </summary>
    private static void AddGracefulShutdown(this IServiceCollection services)
    {
        var lifetimeManager = services.Last(d => d.ServiceType == typeof(HubLifetimeManager<>)).ImplementationType!.MakeGenericType(typeof(GameHub));
        services.AddSingleton<BackplaneSends>();
        services.AddSingleton(sp => new GameHubConnections(
            (HubLifetimeManager<GameHub>)ActivatorUtilities.CreateInstance(sp, lifetimeManager),
            sp.GetRequiredService<BackplaneSends>(),
            sp.GetRequiredService<IHubProtocolResolver>(),
            sp.GetService<IInstanceChannels>(),
            sp.GetRequiredService<ILogger<GameHubConnections>>()));
        services.AddSingleton<HubLifetimeManager<GameHub>>(sp => sp.GetRequiredService<GameHubConnections>());
        services.AddHostedService<GracefulShutdown>();
        // gitops/base/deployment.yaml: 60 s grace period minus the 15 s preStop sleep leaves 45 s after SIGTERM.
        services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
    }
}
