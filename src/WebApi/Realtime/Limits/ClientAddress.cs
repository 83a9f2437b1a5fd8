namespace DrawGuess.WebApi.Realtime.Limits;

internal static class ClientAddress
{
    /// <summary>The client's address as the limits count it, or null when the connection has none.</summary>
    public static string? Of(HttpContext? context) => context?.Connection.RemoteIpAddress is { } address
        ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
        : null;
}
