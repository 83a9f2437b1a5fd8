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
    /// Sinks registered as services join it (the integration tests' log capture).
    /// </summary>
    public static void AddJsonConsoleLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        // The static Log.Logger is left alone: the integration tests run several servers in one process.
        builder.Services.AddSerilog((services, logger) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            logger.ReadFrom.Configuration(configuration)
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                // It logs a failed check at Error on every probe, every few seconds of an outage; DependencyMonitor logs each change once.
                .MinimumLevel.Override("Microsoft.Extensions.Diagnostics.HealthChecks", LogEventLevel.Fatal)
                .Filter.ByExcluding(IsHubErrorReportedToTheCaller)
                .Enrich.FromLogContext()
                .Enrich.With<ModuleEnricher>()
                .WriteTo.Sink(new JsonLinesConsoleSink(ConsoleFormatter(configuration), Console.OpenStandardOutput()));
        }, preserveStaticLogger: true);
        LoggerPerCategory.Wrap(builder.Services);
    }

    /// <summary>
    /// One line per HTTP request (not per hub connection: HttpPipeline keeps this off them; they are counted in
    /// /metrics), at Debug for the probes and scrapes that would otherwise fill the log. A failed request is
    /// logged once, at Error, where it is caught (ProblemDetailsExceptionHandler), so its request line stays Information.
    /// </summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.GetLevel = (context, _, _) =>
                context.Request.Path.StartsWithSegments("/health") || context.Request.Path == "/metrics" ? LogEventLevel.Debug : LogEventLevel.Information;
        });

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
