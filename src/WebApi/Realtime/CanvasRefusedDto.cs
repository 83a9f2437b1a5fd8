namespace DrawGuess.WebApi.Realtime;

/// <summary>The CanvasRefused event: a canvas call sent without an invocation id was refused and had no effect.</summary>
public sealed record CanvasRefusedDto(string Method, int? StrokeId, string Code, string Message);
