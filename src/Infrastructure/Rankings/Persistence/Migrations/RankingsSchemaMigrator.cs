using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Infrastructure.Rankings.Persistence.Migrations;

/// <summary>
/// Brings the rankings database to the latest version: a history table records what ran, each
/// migration runs in its own transaction, and on PostgreSQL an advisory lock keeps two instances
/// starting together from migrating at once. Re-running is a no-op.
/// </summary>
internal sealed class RankingsSchemaMigrator(IDbContextFactory<RankingsDbContext> contexts, ILogger<RankingsSchemaMigrator> logger)
{
    private const long AdvisoryLockKey = 0x4452_4157_4755_4553; // "DRAWGUES"

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var postgres = !db.Database.IsSqlite();
        var history = postgres ? "rankings.schema_migrations" : "schema_migrations";
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        if (postgres)
        {
            await ExecuteAsync(connection, null, "CREATE SCHEMA IF NOT EXISTS rankings", cancellationToken);
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        }
        try
        {
            await ExecuteAsync(connection, null,
                $"CREATE TABLE IF NOT EXISTS {history} (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)", cancellationToken);
            var applied = await AppliedVersionsAsync(connection, history, cancellationToken);
            var ran = new List<int>();
            foreach (var migration in RankingsMigrations.All.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, postgres ? migration.Postgres : migration.Sqlite, cancellationToken);
                await ExecuteAsync(connection, transaction,
                    $"INSERT INTO {history} (version, name, applied_at) VALUES ({migration.Version}, '{migration.Name.Replace("'", "''")}', '{DateTimeOffset.UtcNow:O}')",
                    cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Rankings schema migrated to version {Version}: {Migration}", migration.Version, migration.Name);
                ran.Add(migration.Version);
            }
            return ran;
        }
        finally
        {
            if (postgres) await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task<HashSet<int>> AppliedVersionsAsync(DbConnection connection, string history, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version FROM {history}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken)) versions.Add(reader.GetInt32(0));
        return versions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
