namespace DrawGuess.Infrastructure.Rankings.Persistence.Migrations;

/// <summary>
/// The rankings schema, version by version. Hand-written so that one list serves SQLite and PostgreSQL
/// (EF Core's generated migrations are per provider); column names follow EF Core's conventions so
/// <see cref="RankingsDbContext"/> maps them.
/// Never edit a released migration: add the next one.
/// </summary>
internal static class RankingsMigrations
{
    public sealed record Migration(int Version, string Name, string Postgres, string Sqlite);

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "results, player results and statistics",
            Postgres: """
                CREATE TABLE rankings.game_results (
                    "GameId" uuid PRIMARY KEY,
                    "RoomId" uuid NOT NULL,
                    "RoomName" varchar(40) NOT NULL,
                    "StartedAt" timestamptz NOT NULL,
                    "FinishedAt" timestamptz NOT NULL);
                CREATE INDEX ix_game_results_finished_at ON rankings.game_results ("FinishedAt" DESC);
                CREATE TABLE rankings.player_results (
                    "GameId" uuid NOT NULL REFERENCES rankings.game_results ("GameId") ON DELETE CASCADE,
                    "PlayerId" uuid NOT NULL,
                    "Name" varchar(40) NOT NULL,
                    "Score" integer NOT NULL,
                    "Rank" integer NOT NULL,
                    "TurnsDrawn" integer NOT NULL,
                    "CorrectGuesses" integer NOT NULL,
                    PRIMARY KEY ("GameId", "PlayerId"));
                CREATE INDEX ix_player_results_player_id ON rankings.player_results ("PlayerId");
                CREATE TABLE rankings.player_statistics (
                    "PlayerId" uuid PRIMARY KEY,
                    "Name" varchar(40) NOT NULL,
                    "TotalScore" bigint NOT NULL,
                    "Games" integer NOT NULL,
                    "Wins" integer NOT NULL,
                    "BestScore" integer NOT NULL,
                    "TurnsDrawn" integer NOT NULL,
                    "CorrectGuesses" integer NOT NULL,
                    "LastPlayedAt" timestamptz NOT NULL);
                CREATE INDEX ix_player_statistics_leaderboard
                    ON rankings.player_statistics ("TotalScore" DESC, "Wins" DESC, "Games", "PlayerId");
                """,
            Sqlite: """
                CREATE TABLE game_results (
                    "GameId" TEXT NOT NULL PRIMARY KEY,
                    "RoomId" TEXT NOT NULL,
                    "RoomName" TEXT NOT NULL,
                    "StartedAt" INTEGER NOT NULL,
                    "FinishedAt" INTEGER NOT NULL);
                CREATE INDEX ix_game_results_finished_at ON game_results ("FinishedAt" DESC);
                CREATE TABLE player_results (
                    "GameId" TEXT NOT NULL REFERENCES game_results ("GameId") ON DELETE CASCADE,
                    "PlayerId" TEXT NOT NULL,
                    "Name" TEXT NOT NULL,
                    "Score" INTEGER NOT NULL,
                    "Rank" INTEGER NOT NULL,
                    "TurnsDrawn" INTEGER NOT NULL,
                    "CorrectGuesses" INTEGER NOT NULL,
                    PRIMARY KEY ("GameId", "PlayerId"));
                CREATE INDEX ix_player_results_player_id ON player_results ("PlayerId");
                CREATE TABLE player_statistics (
                    "PlayerId" TEXT NOT NULL PRIMARY KEY,
                    "Name" TEXT NOT NULL,
                    "TotalScore" INTEGER NOT NULL,
                    "Games" INTEGER NOT NULL,
                    "Wins" INTEGER NOT NULL,
                    "BestScore" INTEGER NOT NULL,
                    "TurnsDrawn" INTEGER NOT NULL,
                    "CorrectGuesses" INTEGER NOT NULL,
                    "LastPlayedAt" INTEGER NOT NULL);
                CREATE INDEX ix_player_statistics_leaderboard ON player_statistics ("TotalScore" DESC, "Wins" DESC, "Games", "PlayerId");
                """),
        // A player's latest games were found by walking all games newest first and probing each for the player:
        // fine for active players, a walk through every game for one who stopped playing long ago (~0.5 s at
        // a million results, docs/performance.md). The finish time next to the player makes it one index range.
        new(2, "player results carry their game's finish time, indexed per player for their latest games",
            Postgres: """
                ALTER TABLE rankings.player_results ADD COLUMN "FinishedAt" timestamptz;
                UPDATE rankings.player_results AS p SET "FinishedAt" = g."FinishedAt" FROM rankings.game_results AS g WHERE g."GameId" = p."GameId";
                ALTER TABLE rankings.player_results ALTER COLUMN "FinishedAt" SET NOT NULL;
                CREATE INDEX ix_player_results_player_latest ON rankings.player_results ("PlayerId", "FinishedAt" DESC) INCLUDE ("GameId");
                DROP INDEX rankings.ix_player_results_player_id;
                """,
            Sqlite: """
                ALTER TABLE player_results ADD COLUMN "FinishedAt" INTEGER NOT NULL DEFAULT 0;
                UPDATE player_results SET "FinishedAt" = (SELECT g."FinishedAt" FROM game_results AS g WHERE g."GameId" = player_results."GameId");
                CREATE INDEX ix_player_results_player_latest ON player_results ("PlayerId", "FinishedAt" DESC, "GameId");
                DROP INDEX ix_player_results_player_id;
                """),
        new(3, "likes received, per game and in the statistics",
            Postgres: """
                ALTER TABLE rankings.player_results ADD COLUMN "LikesReceived" integer NOT NULL DEFAULT 0;
                ALTER TABLE rankings.player_statistics ADD COLUMN "LikesReceived" integer NOT NULL DEFAULT 0;
                """,
            Sqlite: """
                ALTER TABLE player_results ADD COLUMN "LikesReceived" INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE player_statistics ADD COLUMN "LikesReceived" INTEGER NOT NULL DEFAULT 0;
                """),
        // A finished game's drawings, one JSON array per game (at most GalleryLimits: about 1.5 MB), deleted once expired.
        // No foreign key to game_results: EF Core inserts the two unrelated rows in any order; one transaction writes both.
        new(4, "galleries of finished games, by an unguessable id, with an expiry",
            Postgres: """
                CREATE TABLE rankings.game_galleries (
                    "Id" varchar(64) PRIMARY KEY,
                    "GameId" uuid NOT NULL UNIQUE,
                    "RoomName" varchar(40) NOT NULL,
                    "IsPublic" boolean NOT NULL,
                    "FinishedAt" timestamptz NOT NULL,
                    "ExpiresAt" timestamptz NOT NULL,
                    "Truncated" boolean NOT NULL,
                    "Drawings" text NOT NULL);
                CREATE INDEX ix_game_galleries_expires_at ON rankings.game_galleries ("ExpiresAt");
                """,
            Sqlite: """
                CREATE TABLE game_galleries (
                    "Id" TEXT NOT NULL PRIMARY KEY,
                    "GameId" TEXT NOT NULL UNIQUE,
                    "RoomName" TEXT NOT NULL,
                    "IsPublic" INTEGER NOT NULL,
                    "FinishedAt" INTEGER NOT NULL,
                    "ExpiresAt" INTEGER NOT NULL,
                    "Truncated" INTEGER NOT NULL,
                    "Drawings" TEXT NOT NULL);
                CREATE INDEX ix_game_galleries_expires_at ON game_galleries ("ExpiresAt");
                """),
    ];
}
