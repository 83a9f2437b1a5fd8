using Microsoft.AspNetCore.SignalR;
using Serilog;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace DrawGuess.WebApi.Logging;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog as the only logging provider, writing compact JSON lines to stdout; <c>LogFormat=text</c>
    /// writes lines for a person instead (run.sh sets it: it runs in a terminal, not under a log shipper).
    /// </summary>
    public static void AddJsonConsoleLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
            .Filter.ByExcluding(IsHubErrorReportedToTheCaller)
            .Enrich.FromLogContext()
            .Enrich.With<ModuleEnricher>()
            .WriteTo.Sink(new JsonLinesConsoleSink(ConsoleFormatter(builder.Configuration), Console.OpenStandardOutput()))
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }

    public static ITextFormatter ConsoleFormatter(IConfiguration configuration) =>
        string.Equals(configuration["LogFormat"], "text", StringComparison.OrdinalIgnoreCase)
            ? new MessageTemplateTextFormatter("{Timestamp:HH:mm:ss} {Level:u3} {Message:lj}{NewLine}{Exception}", formatProvider: null)
            : new CompactJsonFormatter();

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
