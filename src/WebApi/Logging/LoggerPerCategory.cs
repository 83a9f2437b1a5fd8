using System.Collections.Concurrent;

namespace DrawGuess.WebApi.Logging;

/// <summary>
/// Hands out one logger per category, as the framework's own factory does. Serilog's factory builds a new logger
/// (with its own event-id cache) on every call, and SignalR asks for two per connection, which they kept for the
/// connection's life: about 1.5 KB per idle player (docs/performance.md).
/// </summary>
internal sealed class LoggerPerCategory(ILoggerFactory inner) : ILoggerFactory
{
    private readonly ConcurrentDictionary<string, ILogger> _loggers = new(StringComparer.Ordinal);

    public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, inner.CreateLogger);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    /// <summary>Wraps the <see cref="ILoggerFactory"/> registered last: Serilog's, which it registers as a factory method.</summary>
    public static void Wrap(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        var create = registered.ImplementationFactory ?? throw new InvalidOperationException("The logger factory is not registered as a factory method.");
        services.Remove(registered);
        services.AddSingleton<ILoggerFactory>(provider => new LoggerPerCategory((ILoggerFactory)create(provider)));
    }
}
