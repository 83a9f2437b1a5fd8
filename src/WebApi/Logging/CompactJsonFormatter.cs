using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Json;

namespace DrawGuess.WebApi.Logging;

/// <summary>
/// One JSON object per line in the compact log event format (@t, @l, @mt, @m, @x, then the properties
/// at top level), which Loki's json stage reads directly. Kept over Serilog.Formatting.Compact 3.0, which writes
/// either @mt or @m (one formatter each) and the trace id as @tr: the Loki pipeline and LogQL read @mt, @m and TraceId.
/// </summary>
internal sealed class CompactJsonFormatter : ITextFormatter
{
    private static readonly JsonValueFormatter ValueFormatter = new(typeTagName: null);

    public void Format(LogEvent logEvent, TextWriter output)
    {
        output.Write("{\"@t\":\"");
        output.Write(logEvent.Timestamp.UtcDateTime.ToString("O"));
        output.Write("\",\"@l\":\"");
        output.Write(logEvent.Level);
        output.Write("\",\"@mt\":");
        JsonValueFormatter.WriteQuotedJsonString(logEvent.MessageTemplate.Text, output);
        output.Write(",\"@m\":");
        JsonValueFormatter.WriteQuotedJsonString(logEvent.RenderMessage(), output);
        if (logEvent.Exception is not null)
        {
            output.Write(",\"@x\":");
            JsonValueFormatter.WriteQuotedJsonString(logEvent.Exception.ToString(), output);
        }
        if (logEvent.TraceId is { } traceId)
        {
            output.Write(",\"TraceId\":\"");
            output.Write(traceId.ToHexString());
            output.Write('"');
        }
        foreach (var (name, value) in logEvent.Properties)
        {
            output.Write(',');
            JsonValueFormatter.WriteQuotedJsonString(name.StartsWith('@') ? "@" + name : name, output);
            output.Write(':');
            ValueFormatter.Format(value, output);
        }
        output.Write('}');
        output.WriteLine();
    }
}
