from .evidence import CompetencyEvidence, EvidenceQuerySet
from .framework import Competency, CompetencyArea, PositionRequirement, ProficiencyLevel
from .reports import CoverageSnapshot, MatrixExport

__all__ = [
    "Competency",
    "CompetencyArea",
    "CompetencyEvidence",
    "CoverageSnapshot",
    "EvidenceQuerySet",
    "MatrixExport",
    "PositionRequirement",
    "ProficiencyLevel",
]
