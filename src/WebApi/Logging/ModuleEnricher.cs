using Serilog.Core;
using Serilog.Events;

namespace DrawGuess.WebApi.Logging;

/// <summary>Adds "Module" (Rooms, Rounds, Chat, Rankings) from the logger's namespace, so logs can be filtered per module.</summary>
internal sealed class ModuleEnricher : ILogEventEnricher
{
    private static readonly string[] Modules = ["Rooms", "Rounds", "Chat", "Rankings"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (logEvent.Properties.TryGetValue("SourceContext", out var value) && value is ScalarValue { Value: string source })
        {
            foreach (var module in Modules)
            {
                if (source.Contains($".{module}.", StringComparison.Ordinal))
                {
                    logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty("Module", module));
                    return;
                }
            }
        }
    }
}
