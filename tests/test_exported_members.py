import dyadwatch


def test_public_api_is_pinned():
    assert sorted(dyadwatch.__all__) == sorted([
        "DEFAULT_STAGES", "ActorRef", "Article", "CodedArticle", "ConfigError", "Document", "DyadwatchError", "Event",
        "EventFilter", "Failure", "IngestReport", "InputError", "KnowledgeBaseError", "Location", "Mention",
        "Pipeline", "PipelineError", "ResolvedMention", "Sentence", "Stage", "StageError", "Store", "StoreError",
        "Trigger", "__version__", "code_text", "code_inputs", "ingest", "register_stage",
    ])  # fmt: skip
    for name in dyadwatch.__all__:
        assert hasattr(dyadwatch, name), name
