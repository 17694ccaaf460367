"""The pipeline's custom Rasa NLU graph components, thin wrappers over the
``safeguarding`` package; config.yml names them by dotted path: ``entities``
(KentEntityExtractor), ``linear_classifier`` (LinearIntentClassifier) and
``safety_net`` (ImmediateRiskSafetyNet, last).

``rasa_speedups`` holds three speed fixes to Rasa itself (action server replies, event
types, the graph runner). Importing this package changes nothing in Rasa: the fixes are
applied by ``rasa_speedups.apply()``, called from the bottom of ``safety_net``, the one
module of the pipeline Rasa is certain to import when it loads or trains the model."""
