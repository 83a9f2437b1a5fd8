using DrawGuess.Application.Chat;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Common;
using DrawGuess.Infrastructure.Chat;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Common;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.Infrastructure.Players;
using DrawGuess.Infrastructure.Players.Redis;
using DrawGuess.Infrastructure.Rankings.Gallery;
using DrawGuess.Infrastructure.Rankings.Outbox;
using DrawGuess.Infrastructure.Rankings.Persistence;
using DrawGuess.Infrastructure.Rankings.Persistence.Migrations;
using DrawGuess.Infrastructure.Rooms;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.Infrastructure.Rounds;
using DrawGuess.Infrastructure.Rounds.Redis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DrawGuess.Infrastructure;

public static class DependencyInjection
{
    public const string DefaultRankingsConnection = "Data Source=drawguess-rankings.db";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IRandomSource, SystemRandomSource>();
        services.AddSingleton<ISecretTokens, SecretTokens>();
        services.AddSingleton<GameMetrics>();
        services.AddSingleton<IGameMetrics>(sp => sp.GetRequiredService<GameMetrics>());
        if (StorageOptions.UsesRedis(configuration)) AddRedisLiveState(services, configuration);
        else AddInMemoryLiveState(services);
        services.AddSingleton<IPlayerSessions>(sp => sp.GetRequiredService<IPlayerSessionStore>());
        services.AddHostedService<IdleSessionSweeper>();
        services.AddSingleton<IWordSource, EmbeddedWordSource>();

        AddRankings(services, configuration);
        if (StorageOptions.UsesRedis(configuration))
        {
            services.AddSingleton<RedisResultOutbox>();
            services.Replace(ServiceDescriptor.Singleton<IResultOutbox>(sp => new SharedResultOutboxWithLocalFallback(
                sp.GetRequiredService<RedisResultOutbox>(), sp.GetRequiredService<FileResultOutbox>(),
                sp.GetRequiredService<ILogger<SharedResultOutboxWithLocalFallback>>())));
        }
        return services;
    }

    private static void AddInMemoryLiveState(IServiceCollection services)
    {
        services.AddSingleton<IRoomLocks, InMemoryRoomLocks>();
        services.AddSingleton<ICommandScheduler, InProcessCommandScheduler>();
        services.AddSingleton<IPlayerSessionStore, InMemoryPlayerSessionStore>();
        services.AddSingleton<IRoomRepository, InMemoryRoomRepository>();
        services.AddSingleton<IGameRepository, InMemoryGameRepository>();
        services.AddSingleton<IChatRepository, InMemoryChatRepository>();
        services.AddSingleton<IGalleryDrafts, InMemoryGalleryDrafts>();
        services.AddSingleton<IFinishedGameGalleries, InMemoryFinishedGameGalleries>();
    }

    private static void AddRedisLiveState(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ThreadPoolFloor>();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RedisKeys>();
        services.AddSingleton<ServerInstance>();
        services.AddSingleton<IInstanceChannels>(sp => new RedisInstanceChannels(
            RedisConnection.ForBackplane(configuration, sp.GetRequiredService<ILogger<RedisConnection>>(), sp.GetRequiredService<ThreadPoolFloor>()),
            sp.GetRequiredService<ServerInstance>(),
            sp.GetRequiredService<IOptions<RedisOptions>>()));
        services.AddHostedService<InstanceJanitor>();
        services.AddSingleton<ReceiverConnectionCache>();
        services.AddSingleton<IRoomLeaseObserver>(sp => sp.GetRequiredService<ReceiverConnectionCache>());
        services.AddSingleton<RoomWriteBehind>();
        services.AddSingleton<IRoomLeaseObserver>(sp => sp.GetRequiredService<RoomWriteBehind>());
        services.AddSingleton<IRoomLocks, RedisRoomLocks>();
        services.AddSingleton<ICommandScheduler, RedisCommandScheduler>();
        services.AddHostedService<RedisTimerPoller>();
        services.AddSingleton<CallerSessionCache>();
        services.AddSingleton<SessionChangeFeed>();
        services.AddSingleton<IPlayerSessionStore, RedisPlayerSessionStore>();
        services.AddSingleton<IOrphanedConnections, RedisOrphanedConnections>();
        services.AddSingleton<IRoomRepository, RedisRoomRepository>();
        services.AddSingleton<IGameRepository, RedisGameRepository>();
        services.AddSingleton<IChatRepository, RedisChatRepository>();
        services.AddSingleton<IGalleryDrafts, RedisGalleryDrafts>();
        services.AddSingleton<IFinishedGameGalleries, RedisFinishedGameGalleries>();
        services.AddSingleton<IDependencyProbe, RedisProbe>();
    }

    /// <summary>The SignalR backplane's connection string: the configured Redis, on this deployment's channel prefix.</summary>
    public static string SignalRBackplaneConnection(IConfiguration configuration) =>
        $"{configuration.GetConnectionString("Redis")},channelPrefix={configuration[$"{RedisOptions.Section}:{nameof(RedisOptions.KeyPrefix)}"] ?? new RedisOptions().KeyPrefix},abortConnect=false";

    /// <summary>
    /// The backplane's connection behaves as the live state's while Redis or its primary is away (<see cref="RedisClientSettings"/>),
    /// and is named apart from it (the client name with <c>-backplane</c>) so that CLIENT LIST tells them apart.
    /// </summary>
    public static void ConfigureSignalRBackplane(StackExchange.Redis.ConfigurationOptions options)
    {
        RedisClientSettings.Apply(options);
        RedisClientSettings.NameAsBackplane(options);
    }

    private static void AddRankings(IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration.GetConnectionString("Rankings");
        var postgres = string.Equals(configuration[$"{StorageOptions.Section}:{StorageOptions.Rankings}"], "Postgres", StringComparison.OrdinalIgnoreCase);
        services.AddDbContextFactory<RankingsDbContext>(options =>
        {
            if (postgres)
                options.UseNpgsql(connection ?? throw new InvalidOperationException("ConnectionStrings:Rankings is required for Storage:Rankings=Postgres."));
            else
                options.UseSqlite(connection ?? DefaultRankingsConnection);
        });
        services.AddSingleton<EfRankingsStore>();
        services.AddSingleton<IRankingsStore, RankingsReadsWhileDatabaseDown>();
        services.AddSingleton<IDependencyProbe, RankingsDatabaseProbe>();
        services.AddSingleton<RankingsSchemaMigrator>();
        services.AddHostedService<RankingsDatabaseInitializer>();

        var outboxFolder = configuration[RankingsOutboxOptions.PathKey] ?? RankingsOutboxOptions.DefaultFolder(postgres, connection ?? DefaultRankingsConnection);
        services.AddSingleton(sp => new FileResultOutbox(outboxFolder, sp.GetRequiredService<ILogger<FileResultOutbox>>()));
        services.AddSingleton<IResultOutbox>(sp => sp.GetRequiredService<FileResultOutbox>());
        services.AddHostedService<ResultOutboxDrainer>();

        services.AddSingleton<IGalleryStore, EfGalleryStore>();
        services.AddHostedService<ExpiredGallerySweeper>();
    }
}
