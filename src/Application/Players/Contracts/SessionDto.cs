namespace DrawGuess.Application.Players.Contracts;

/// <summary>A new guest identity; the resume token is shown once, here, and stored only as its hash.</summary>
public sealed record SessionDto(string PlayerId, string Name, string ResumeToken);
