using System.Globalization;
using System.Text.RegularExpressions;

namespace DrawGuess.IntegrationTests.Support;

/// <summary>Reads series out of a /metrics answer (Prometheus text format).</summary>
public static class PrometheusText
{
    public static double Value(string exposition, string series)
    {
        var line = exposition.Split('\n').FirstOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal))
            ?? throw new ShouldAssertException($"No series {series} in:\n{exposition}");
        return double.Parse(Regex.Match(line, @"\s(\S+)$").Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
