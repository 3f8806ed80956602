"""Course pages, enrolment and progress; quizzes and H5P live in their own wings."""
