using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rounds.Events;

public sealed record GameStartedDomainEvent(GameId GameId) : IDomainEvent;

public sealed record TurnStartedDomainEvent(int TurnId) : IDomainEvent;

/// <summary>The drawer asked for other words: the turn offers its next deal.</summary>
public sealed record WordOptionsChangedDomainEvent(int TurnId) : IDomainEvent;

public sealed record DrawingStartedDomainEvent(int TurnId) : IDomainEvent;

public sealed record HintRevealedDomainEvent(int TurnId) : IDomainEvent;

/// <param name="Elapsed">From the start of drawing to the guess.</param>
public sealed record PlayerGuessedDomainEvent(int TurnId, PlayerId PlayerId, int Order, int Points, TimeSpan Elapsed) : IDomainEvent;

/// <summary>A rating of the turn's drawing was given or changed; the counts are the turn's now.</summary>
public sealed record DrawingRatedDomainEvent(int TurnId, int Likes, int Dislikes) : IDomainEvent;

public sealed record TurnEndedDomainEvent(int TurnId, TurnEndReason Reason) : IDomainEvent;

public sealed record GameFinishedDomainEvent(GameId GameId) : IDomainEvent;

public sealed record GameStoppedDomainEvent(GameId GameId) : IDomainEvent;
