using DrawGuess.Application.Chat;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Common;
using DrawGuess.Infrastructure.Chat;
using DrawGuess.Infrastructure.Common;
using DrawGuess.Infrastructure.Rankings.Outbox;
using DrawGuess.Infrastructure.Rankings.Persistence;
using DrawGuess.Infrastructure.Rankings.Persistence.Migrations;
using DrawGuess.Infrastructure.Rooms;
using DrawGuess.Infrastructure.Rounds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

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
        services.AddSingleton<IRoomLocks, InMemoryRoomLocks>();
        services.AddSingleton<ICommandScheduler, InProcessCommandScheduler>();

        services.AddSingleton<InMemoryPlayerSessionStore>();
        services.AddSingleton<IPlayerSessionStore>(sp => sp.GetRequiredService<InMemoryPlayerSessionStore>());
        services.AddSingleton<IPlayerSessions>(sp => sp.GetRequiredService<InMemoryPlayerSessionStore>());
        services.AddSingleton<IRoomRepository, InMemoryRoomRepository>();
        services.AddHostedService<IdleSessionSweeper>();
        services.AddSingleton<IGameRepository, InMemoryGameRepository>();
        services.AddSingleton<IWordSource, EmbeddedWordSource>();
        services.AddSingleton<IChatRepository, InMemoryChatRepository>();

        AddRankings(services, configuration);
        return services;
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
        services.AddSingleton<IRankingsStore, EfRankingsStore>();
        services.AddSingleton<IDependencyProbe, RankingsDatabaseProbe>();
        services.AddSingleton<RankingsSchemaMigrator>();
        services.AddHostedService<RankingsDatabaseInitializer>();

        var outboxFolder = configuration[RankingsOutboxOptions.PathKey] ?? RankingsOutboxOptions.DefaultFolder(postgres, connection ?? DefaultRankingsConnection);
        services.AddSingleton<IResultOutbox>(sp => new FileResultOutbox(outboxFolder, sp.GetRequiredService<ILogger<FileResultOutbox>>()));
        services.AddHostedService<ResultOutboxDrainer>();
    }
}
