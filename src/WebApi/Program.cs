using DrawGuess.Application;
using DrawGuess.Infrastructure;
using DrawGuess.WebApi;
using DrawGuess.WebApi.Endpoints;
using DrawGuess.WebApi.Hosting;
using DrawGuess.WebApi.Logging;
using DrawGuess.WebApi.Realtime;
using DrawGuess.WebApi.Realtime.Limits;
using DrawGuess.WebApi.Spa;

var builder = WebApplication.CreateBuilder(args);
builder.UseLoopbackUnlessConfigured();
builder.AddJsonConsoleLogging();
builder.Services
    .AddApplication()
    .AddInfrastructure(builder.Configuration)
    .AddWebApi(builder.Configuration);

var app = builder.Build();
app.UseHttpMiddlewares();
app.UseWhen(context => context.Request.Path.StartsWithSegments(GameHub.Path), hub => hub.UseMiddleware<HubConnectionLimit>());
app.MapOpenApi("/openapi/v1.json");
app.MapHealthEndpoints();
app.MapStatusEndpoints();
app.MapMetricsEndpoints();
app.MapRoomsEndpoints();
app.MapRankingsEndpoints();
app.MapHub<GameHub>(GameHub.Path);
app.UseSpa();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
