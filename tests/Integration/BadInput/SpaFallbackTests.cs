using System.Net;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>With the web app served, browser navigations to its routes get index.html; the server's own paths still answer ProblemDetails.</summary>
public sealed class SpaFallbackTests : IDisposable
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private readonly string _spaRoot = Directory.CreateTempSubdirectory("drawguess-spa-").FullName;
    private readonly DrawGuessServer _server = new();
    private readonly WebApplicationFactory<Program> _withSpa;

    public SpaFallbackTests()
    {
        File.WriteAllText(Path.Combine(_spaRoot, "index.html"), "<!doctype html><title>DrawGuess app</title>");
        _withSpa = _server.WithWebHostBuilder(builder => builder.UseSetting("Spa:Root", _spaRoot));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/room/ABCDEF")]
    [InlineData("/rankings")]
    [InlineData("/metricsboard")]
    public async Task A_browser_navigation_to_an_app_route_gets_the_app(string url)
    {
        using var response = await SendAsync(HttpMethod.Get, url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        (await response.Content.ReadAsStringAsync()).ShouldContain("DrawGuess app");
    }

    [Theory]
    [InlineData("GET", "/api/nope", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("GET", "/api/rooms/ZZZZZZ", HttpStatusCode.NotFound, "ROOM_NOT_FOUND")]
    [InlineData("GET", "/health/nope", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("GET", "/hubs/nope", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("GET", "/metrics/nope", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("GET", "/openapi/nope.json", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("GET", "/assets/missing.js", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("DELETE", "/health", HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED")]
    [InlineData("POST", "/api/rooms", HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED")]
    [InlineData("POST", "/room/ABCDEF", HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED")]
    public async Task A_server_path_or_a_method_the_app_does_not_answer_is_ProblemDetails_not_the_app(string method, string url, HttpStatusCode status, string code)
    {
        using var response = await SendAsync(new HttpMethod(method), url);

        response.StatusCode.ShouldBe(status, url);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", url);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString().ShouldBe(code, url);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url)
    {
        using var http = _withSpa.CreateClient();
        using var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return await http.SendAsync(request);
    }

    public void Dispose()
    {
        _withSpa.Dispose();
        _server.Dispose();
        Directory.Delete(_spaRoot, recursive: true);
    }
}
