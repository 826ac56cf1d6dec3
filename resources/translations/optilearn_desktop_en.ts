<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutAction</name>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1: version, server and licences (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>No badges earned yet. Badges reward things like a streak of learning days or high quiz scores; each one %1 earns is listed here with the date it was earned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what this notification is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s). Choose one and Show:</source>
        <translation>
            <numerusform>%n new notification. Choose one and Show:</numerusform>
            <numerusform>%n new notifications. Choose one and Show:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Show what the chosen notification is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong while talking to OptiLearn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn cannot be reached. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: its certificate was issued by an authority this computer does not trust. If your school&apos;s network inspects secure connections, ask IT for its CA certificate and install it in the system&apos;s trust store, or start the app with --ca-bundle FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: the server&apos;s certificate has expired, or is not valid yet. Check that this computer&apos;s date and time are right; if they are, the school&apos;s IT must renew the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: the certificate belongs to another server. Check the server address; if it is right, something on the network is answering in OptiLearn&apos;s place: ask the school&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to OptiLearn is not secure: its certificate is not trusted by this computer. If your school uses a filtering proxy, ask IT for its CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email or password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school is registered under that institution code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not allowed to see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn had a problem answering. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn is asking this computer to wait a little before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn sent an answer this app could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OptiLearn sent an unexpectedly large answer; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not set up as a parent. Parents see their children here once the school office has set the account up as a parent contact in OptiCRM and linked it to each child. Please ask the school office to check your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This child is no longer linked to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>%1: %2</source>
        <comment>a status: the school&apos;s reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (revoked %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected certificate as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the selected certificate online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the school&apos;s public verification page for the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates can be opened and verified at home, in this app or on the web portal: this shared computer opens no files or links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not completed a course with a certificate yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildSwitcher</name>
    <message>
        <source>&amp;Viewing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which child to view (Ctrl+Tab for the next one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a final score, then Passed or Failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not enrolled in any course yet. Courses appear here as soon as the school enrolls them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>Section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the children&apos;s upcoming work and live classes as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or preview a report (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1, %2</source>
        <comment>a date, then a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n week(s)</source>
        <translation>
            <numerusform>in %n week</numerusform>
            <numerusform>in %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage, e.g. 83.3 %</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grades yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of %1&apos;s has been graded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdlePrompt</name>
    <message>
        <source>I&apos;m still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m still here: stay signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No activity for a while. To protect your family&apos;s privacy on this shared computer, you will be signed out in %n second(s).</source>
        <translation>
            <numerusform>No activity for a while. To protect your family&apos;s privacy on this shared computer, you will be signed out in %n second.</numerusform>
            <numerusform>No activity for a while. To protect your family&apos;s privacy on this shared computer, you will be signed out in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveClassesPage</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next live classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>classes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class held yet this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n class(es) held</source>
        <translation>
            <numerusform>of %n class held</numerusform>
            <numerusform>of %n classes held</numerusform>
        </translation>
    </message>
    <message>
        <source>No live class is scheduled yet. The classes %1 registers for appear here with their date, time and length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalPanel</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of this app on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No children are linked to your account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children appear here once the school office links them to you in OptiCRM; parents cannot add children themselves. Please ask the school office to check two things: that your account is set up as a parent contact (contact type: Parent), and that each of your children is linked to your contact. Then choose Retry; there is no need to restart the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see your children&apos;s courses, grades and classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your children could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This verification link does not point to your school&apos;s OptiLearn server, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Re&amp;try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry connecting to OptiLearn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing data from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>%1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh (%1); showing data from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Showing data from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPresenter</name>
    <message>
        <source>A child is no longer linked to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not connected to a parent contact in the school&apos;s records, so OptiLearn cannot tell which children are yours. Please ask the school office to link your account to your parent contact in OptiCRM, then choose Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: OptiLearn cannot be reached right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server asked this computer to wait a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server has a problem right now (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s OptiLearn server has a problem right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesService</name>
    <message>
        <source>%1 is not a notification of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be turned off: the school requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 always reaches you in the app: the school requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be sent %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickStats</name>
    <message>
        <source>Current streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes attended this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Missed: %1 · Attendance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatTile</name>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>%1 · due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no upcoming assignments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowToolbar</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of OptiLearn (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications, %1 unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications, none unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
