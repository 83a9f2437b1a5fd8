using DrawGuess.Application.Players;
using DrawGuess.Application.Players.Sessions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DrawGuess.Infrastructure.Players;

/// <summary>Forgets guest identities nobody has used for <see cref="PlayersOptions.IdleSessionRetention"/>, so memory does not grow with every visitor.</summary>
internal sealed class IdleSessionSweeper(IPlayerSessionStore sessions, TimeProvider clock, IOptions<PlayersOptions> options, ILogger<IdleSessionSweeper> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var forgotten = await sessions.ForgetIdleAsync(clock.GetUtcNow() - options.Value.IdleSessionRetention);
            if (forgotten > 0) logger.LogInformation("Forgot {SessionCount} idle guest sessions", forgotten);
        }
    }
}
