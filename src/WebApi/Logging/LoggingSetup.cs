using Serilog;

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
            .Enrich.FromLogContext()
            .Enrich.With<ModuleEnricher>()
            .WriteTo.Console(new CompactJsonFormatter())
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
    }
}
