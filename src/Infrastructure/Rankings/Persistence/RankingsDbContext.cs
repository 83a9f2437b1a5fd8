using DrawGuess.Domain.Rankings;
using DrawGuess.Infrastructure.Rankings.Gallery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DrawGuess.Infrastructure.Rankings.Persistence;

/// <summary>The Rankings module's tables, in their own schema where the database has schemas.</summary>
internal sealed class RankingsDbContext(DbContextOptions<RankingsDbContext> options) : DbContext(options)
{
    public const string Schema = "rankings";
    public const string PlayerResultFinishedAt = "FinishedAt";

    public DbSet<GameResult> GameResults => Set<GameResult>();
    public DbSet<PlayerResult> PlayerResults => Set<PlayerResult>();
    public DbSet<PlayerStatistics> PlayerStatistics => Set<PlayerStatistics>();
    public DbSet<GameGallery> Galleries => Set<GameGallery>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order by DateTimeOffset; store it as a sortable number there.
        if (Database.IsSqlite()) configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite()) modelBuilder.HasDefaultSchema(Schema);

        modelBuilder.Entity<GameResult>(game =>
        {
            game.ToTable("game_results");
            game.HasKey(g => g.GameId);
            game.Property(g => g.GameId).ValueGeneratedNever();
            game.Property(g => g.RoomName).HasMaxLength(40);
            game.HasIndex(g => g.FinishedAt);
            game.HasMany(g => g.Players).WithOne().HasForeignKey(p => p.GameId);
            game.Navigation(g => g.Players).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_players");
            game.Ignore(g => g.Gallery);
        });

        modelBuilder.Entity<PlayerResult>(player =>
        {
            player.ToTable("player_results");
            player.HasKey(p => new { p.GameId, p.PlayerId });
            player.Property(p => p.Name).HasMaxLength(40);
            player.Ignore(p => p.IsWin);
            // The game's finish time, copied here so a player's latest games are one index range (migration 2).
            player.Property<DateTimeOffset>(PlayerResultFinishedAt);
            player.HasIndex(nameof(PlayerResult.PlayerId), PlayerResultFinishedAt).IsDescending(false, true);
        });

        modelBuilder.Entity<PlayerStatistics>(stats =>
        {
            stats.ToTable("player_statistics");
            stats.HasKey(s => s.PlayerId);
            stats.Property(s => s.PlayerId).ValueGeneratedNever();
            stats.Property(s => s.Name).HasMaxLength(40);
            stats.Ignore(s => s.WinRate);
            stats.HasIndex(s => new { s.TotalScore, s.Wins, s.Games, s.PlayerId }).IsDescending(true, true, false, false);
        });

        modelBuilder.Entity<GameGallery>(gallery =>
        {
            gallery.ToTable("game_galleries");
            gallery.HasKey(g => g.Id);
            gallery.Property(g => g.Id).HasMaxLength(64);
            gallery.Property(g => g.RoomName).HasMaxLength(40);
            gallery.HasIndex(g => g.GameId).IsUnique();
            gallery.HasIndex(g => g.ExpiresAt);
            gallery.Property(g => g.Drawings).HasConversion(
                drawings => GalleryJson.Write(drawings),
                json => GalleryJson.ReadDrawings(json),
                new ValueComparer<IReadOnlyList<GalleryDrawing>>((a, b) => ReferenceEquals(a, b), d => d.Count, d => d));
        });
    }
}
