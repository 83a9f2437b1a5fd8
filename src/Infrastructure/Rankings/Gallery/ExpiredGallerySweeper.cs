using DrawGuess.Application.Rankings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DrawGuess.Infrastructure.Rankings.Gallery;

/// <summary>Deletes expired galleries every <see cref="GalleryOptions.SweepInterval"/>; until then a read already treats them as gone.</summary>
internal sealed class ExpiredGallerySweeper(IGalleryStore galleries, IOptions<GalleryOptions> options, TimeProvider clock, ILogger<ExpiredGallerySweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
            await SweepAsync(stoppingToken);
        }
    }

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await galleries.DeleteExpiredAsync(clock.GetUtcNow(), cancellationToken);
            if (deleted > 0) logger.LogInformation("Deleted {Count} expired galleries", deleted);
            return deleted;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Several instances sweep the same table, and an outage only delays the next sweep.
            logger.LogWarning(exception, "Could not delete expired galleries now; trying again at the next sweep");
            return 0;
        }
    }
}
