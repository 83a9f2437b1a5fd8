namespace DrawGuess.WebApi.Hosting;

internal static class ListenAddresses
{
    /// <summary>Where the server listens when nothing says otherwise: loopback only, so a developer's machine exposes nothing.</summary>
    public const string Default = "http://127.0.0.1:8080";

    /// <summary>
    /// Listens on <see cref="Default"/> unless an address came from any of the framework's own sources
    /// (<c>--urls</c>, <c>URLS</c>/<c>ASPNETCORE_URLS</c>, <c>Urls</c> in a settings file, the
    /// <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c> variables, <c>Kestrel:Endpoints</c>), which then keep
    /// their usual precedence. A default in appsettings.json would instead override ASPNETCORE_URLS,
    /// which the framework reads before the settings files: the container would listen on loopback.
    /// </summary>
    public static WebApplicationBuilder UseLoopbackUnlessConfigured(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var configured = !string.IsNullOrEmpty(configuration["urls"])
            || !string.IsNullOrEmpty(configuration["http_ports"])
            || !string.IsNullOrEmpty(configuration["https_ports"])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
        if (!configured) builder.WebHost.UseUrls(Default);
        return builder;
    }
}
