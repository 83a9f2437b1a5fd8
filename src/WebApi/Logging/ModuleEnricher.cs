using Serilog.Core;
using Serilog.Events;

namespace DrawGuess.WebApi.Logging;

/// <summary>
/// Adds "Module" (Rooms, Rounds, Chat, Rankings) from the logger's namespace, so logs can be filtered per module.
/// Serilog has no enricher for this; Serilog.Expressions' computed properties would parse and evaluate an expression per event.
/// </summary>
internal sealed class ModuleEnricher : ILogEventEnricher
{
    /// <summary>Built once: the properties are immutable, and every log line would otherwise build its own.</summary>
    private static readonly (string NamespacePart, LogEventProperty Module)[] Modules =
        [.. new[] { "Rooms", "Rounds", "Chat", "Rankings" }.Select(name => ($".{name}.", new LogEventProperty("Module", new ScalarValue(name))))];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.TryGetValue("SourceContext", out var value) && value is ScalarValue { Value: string source })
        {
            foreach (var (namespacePart, module) in Modules)
            {
                if (source.Contains(namespacePart, StringComparison.Ordinal))
                {
                    logEvent.AddPropertyIfAbsent(module);
                    return;
                }
            }
        }
    }
}
