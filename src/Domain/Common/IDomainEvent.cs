namespace DrawGuess.Domain.Common;

/// <summary>Something that happened inside an aggregate; handlers turn it into notifications after the change.</summary>
public interface IDomainEvent;
