"""SQLite schema of the OptiLearn stand-in. Timestamps are clock.to_store text (sortable UTC)."""

SCHEMA = """
CREATE TABLE users (
    user_id TEXT PRIMARY KEY,
    account_key TEXT,
    institution_id TEXT NOT NULL,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    password_salt BLOB NOT NULL,
    password_hash BLOB NOT NULL,
    contact_id TEXT,
    is_contact INTEGER NOT NULL,
    contact_type TEXT,
    role TEXT NOT NULL,                -- PARENT | STUDENT | TEACHER (preference availableTo)
    UNIQUE (institution_id, email)
);
CREATE TABLE sessions (
    session_id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(user_id),
    access_hash TEXT UNIQUE,
    access_expires_at TEXT NOT NULL,
    refresh_hash TEXT UNIQUE,
    refresh_expires_at TEXT NOT NULL,
    revoked_at TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE rotated_refresh (      -- refresh tokens already used once: reuse revokes the session
    refresh_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL
);
CREATE TABLE students (
    student_id TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL,
    institution_id TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE courses (
    course_id TEXT PRIMARY KEY,
    institution_id TEXT NOT NULL,
    title TEXT NOT NULL,
    thumbnail_url TEXT,
    lessons_total INTEGER NOT NULL
);
CREATE TABLE enrollments (
    enrollment_id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL,
    course_id TEXT NOT NULL REFERENCES courses(course_id),
    status TEXT NOT NULL,              -- ACTIVE | COMPLETED | DROPPED
    progress REAL NOT NULL,
    final_score REAL,
    passed INTEGER,
    last_accessed_at TEXT,
    completed_at TEXT,
    lessons_completed INTEGER,
    UNIQUE (student_id, course_id)
);
CREATE TABLE assignments (
    assignment_id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(course_id),
    title TEXT NOT NULL,
    due_at TEXT NOT NULL,
    max_score REAL NOT NULL
);
CREATE TABLE submissions (
    submission_id TEXT PRIMARY KEY,
    assignment_id TEXT NOT NULL REFERENCES assignments(assignment_id),
    student_id TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    score REAL,                        -- NULL until graded
    graded_at TEXT,
    UNIQUE (assignment_id, student_id)
);
CREATE TABLE live_classes (
    live_class_id TEXT PRIMARY KEY,
    course_id TEXT NOT NULL REFERENCES courses(course_id),
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL
);
CREATE TABLE registrations (
    live_class_id TEXT NOT NULL REFERENCES live_classes(live_class_id),
    student_id TEXT NOT NULL,
    attendance TEXT,                   -- NULL (not held yet) | ATTENDED | MISSED
    PRIMARY KEY (live_class_id, student_id)
);
CREATE TABLE gamification (
    student_id TEXT PRIMARY KEY,
    current_streak INTEGER NOT NULL,
    longest_streak INTEGER NOT NULL,
    total_points INTEGER NOT NULL
);
CREATE TABLE badges (
    badge_id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    icon_url TEXT,
    earned_at TEXT
);
CREATE TABLE certificates (
    certificate_id TEXT PRIMARY KEY,
    student_id TEXT NOT NULL,
    course_id TEXT NOT NULL REFERENCES courses(course_id),
    issued_at TEXT NOT NULL,
    expires_at TEXT,
    revoked_at TEXT,
    revoked_reason TEXT,
    verification_code TEXT NOT NULL UNIQUE
);
CREATE TABLE preferences (
    user_id TEXT NOT NULL,
    key TEXT NOT NULL,
    enabled INTEGER NOT NULL,
    email INTEGER NOT NULL,
    push INTEGER NOT NULL,
    in_app INTEGER NOT NULL,
    frequency TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
CREATE TABLE notifications (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- tie-break for equal created_at
    id TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL,
    title TEXT NOT NULL,
    message TEXT NOT NULL,
    type TEXT NOT NULL,
    key TEXT,
    category TEXT NOT NULL,
    action_url TEXT,
    is_read INTEGER NOT NULL DEFAULT 0,
    read_at TEXT,
    created_at TEXT NOT NULL,
    metadata TEXT NOT NULL
);
CREATE INDEX submissions_by_student ON submissions (student_id, graded_at);
CREATE INDEX notifications_by_user ON notifications (user_id, seq);
"""
