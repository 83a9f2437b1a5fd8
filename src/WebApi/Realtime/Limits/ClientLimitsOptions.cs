namespace DrawGuess.WebApi.Realtime.Limits;

/// <summary>
/// What one client address may hold or do on one instance (README "Configuration", docs/protocol.md "Limits").
/// The address is the TCP peer's, or the X-Forwarded-For client's when forwarded headers are enabled
/// (ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, behind the ingress). A connection with no address
/// (a Unix socket, the in-process test server) is not limited by address.
/// </summary>
public sealed class ClientLimitsOptions
{
    public const string Section = "Limits";

    /// <summary>Open hub connections per address; generous, as a classroom or an office shares one address.</summary>
    public int ConnectionsPerAddress { get; set; } = 50;

    /// <summary>Register calls (new guest identities) per address: this many at once, then refilled evenly over a minute.</summary>
    public int RegistrationsPerAddressPerMinute { get; set; } = 30;

    /// <summary>CreateRoom calls per address, counted like registrations.</summary>
    public int RoomsPerAddressPerMinute { get; set; } = 10;

    /// <summary>REST requests (<c>/api/*</c>) per address: this many at once, then refilled evenly over a minute (the status page polls 20 a minute).</summary>
    public int RestRequestsPerAddressPerMinute { get; set; } = 300;

    /// <summary>How long a connection may stay without calling Register or Resume before the server closes it.</summary>
    public TimeSpan RegistrationTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
