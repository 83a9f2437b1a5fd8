using Microsoft.AspNetCore.SignalR;
using Serilog;
using Serilog.Events;

namespace DrawGuess.WebApi.Logging;

internal static class LoggingSetup
{
    /// <summary>Serilog as the only logging provider, writing compact JSON lines to stdout.</summary>
    public static void AddJsonConsoleLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
            .Filter.ByExcluding(IsHubErrorReportedToTheCaller)
            .Enrich.FromLogContext()
            .Enrich.With<ModuleEnricher>()
            .WriteTo.Sink(new JsonLinesConsoleSink(new CompactJsonFormatter(), Console.OpenStandardOutput()))
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }

    /// <summary>
    /// SignalR logs every <see cref="HubException"/> a hub call ends with as an error, with its stack
    /// trace. Ours come from <see cref="Realtime.HubErrorFilter"/>: a refused call (a stroke after the
    /// turn ended, a flood) is the caller's business, and an unexpected failure is logged there once.
    /// </summary>
    private static bool IsHubErrorReportedToTheCaller(LogEvent logEvent) =>
        logEvent.Exception is HubException
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher" };
}
