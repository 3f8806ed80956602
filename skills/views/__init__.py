from .site import framework, my_skills

__all__ = ["framework", "my_skills"]
