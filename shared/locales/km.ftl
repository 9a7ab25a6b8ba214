# អត្ថបទភាសាខ្មែររបស់ Tandem។ Tandem's Khmer texts: every key of en.ftl, with the same
# placeholders. Texts listed in km-review.txt still need a native speaker's review.

## Every page
skip-to-content = រំលងទៅខ្លឹមសារ
brand-sub = កម្មវិធីបង្វឹក IATUL SIG-ALICE
menu = ម៉ឺនុយ
signed-in-as = បានចូលជា { $who }
sign-out = ចាកចេញ
footer-about = Tandem ដំណើរការកម្មវិធីបង្វឹក IATUL SIG-ALICE។ អ្វីដែលដៃគូមួយគូសរសេរ នៅតែជារបស់ដៃគូនោះ លុះត្រាតែអ្នកសរសេរចែករំលែកវា។
footer-privacy = ឯកជនភាព៖ អ្វីដែលត្រូវរក្សាទុក និងទិន្នន័យរបស់អ្នក
language-switch = ភាសា
language-current = { $language } (ទំព័រនេះ)

## Main navigation
nav-programme = កម្មវិធី
nav-call = ការអំពាវនាវរកគ្រូបង្វឹក
nav-sign-in = ចូលគណនី
nav-home = ទំព័រដើម
nav-dashboard = ផ្ទាំងតាមដាន
nav-applications = ពាក្យស្នើសុំ
nav-matching = ការផ្គូផ្គង
nav-people = មនុស្ស
nav-cohorts = ជំនាន់
nav-outbox = សារចេញ
nav-my-objective = គោលបំណងរបស់ខ្ញុំ
nav-partnerships = ភាពជាដៃគូ
nav-availability = ពេលទំនេរ
nav-concerns = កង្វល់
nav-profile = ប្រវត្តិរូប

## Signing in
sign-in-title = ចូលគណនី
sign-in-lead = ចូលគណនីដោយប្រើអាសយដ្ឋានអ៊ីមែលដែលប្រធានកម្មវិធីបានអញ្ជើញ។
sign-in-unsaved = អ្នកត្រូវបានចាកចេញ ដូច្នេះអ្វីដែលអ្នកទើបផ្ញើមិនត្រូវបានរក្សាទុកទេ។
sign-in-unsaved-next = សូមចូលគណនីម្តងទៀត នោះអ្នកនឹងត្រឡប់ទៅទំព័រនោះវិញ ដើម្បីផ្ញើវាម្តងទៀត។ ប្រសិនបើអ្នកបានសរសេរអ្វីវែង ប៊ូតុងថយក្រោយរបស់កម្មវិធីរុករកអាចនៅបង្ហាញវា។
field-email = អាសយដ្ឋានអ៊ីមែល
field-password = ពាក្យសម្ងាត់
sign-in-button = ចូលគណនី
forgot-password-link = ភ្លេចពាក្យសម្ងាត់?
sign-in-no-account = មិនទាន់មានគណនី? គ្រូបង្វឹក និងដៃគូ ចូលរួមតាមរយៈតំណអញ្ជើញពីប្រធានកម្មវិធី។

## Figures
sessions-held = { $count ->
   *[other] បានជួប { $count } វគ្គ
}

## Field errors (shared rules)
error-email-missing = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលរបស់អ្នក
error-email-long = អាសយដ្ឋានអ៊ីមែលមានយ៉ាងច្រើន { $max } តួអក្សរ
error-email-shape = សូមបញ្ចូលអាសយដ្ឋានអ៊ីមែលដូចជា name@library.org
error-name-missing = សូមបញ្ចូលឈ្មោះរបស់អ្នក
error-name-long = ឈ្មោះមានយ៉ាងច្រើន { $max } តួអក្សរ
error-name-control = ឈ្មោះមិនអាចមានតួអក្សរបញ្ជាបានទេ
error-zone-missing = សូមជ្រើសរើសល្វែងម៉ោងរបស់អ្នក ឧទាហរណ៍ Asia/Phnom_Penh
error-zone-shape = សូមបញ្ចូលឈ្មោះល្វែងម៉ោងដូចជា Europe/Berlin ឬ Asia/Phnom_Penh
error-language-long = សូមសរសេរភាសានីមួយៗយ៉ាងច្រើន { $max } តួអក្សរ
error-languages-missing = សូមរាយភាសាយ៉ាងហោចណាស់មួយដែលអ្នកប្រើក្នុងការងារ ឧទាហរណ៍ ខ្មែរ
error-languages-many = សូមរាយភាសាយ៉ាងច្រើន { $max }
error-text-missing = សូមបញ្ចូល{ $what }
error-text-long = សូមសរសេរ{ $what }យ៉ាងច្រើន { $max } តួអក្សរ (ឥឡូវ { $count })
error-connectivity = សូមជ្រើសរើសរបៀបដែលអ្នកអាចជួបគ្រូបង្វឹករបស់អ្នក
error-objective-area = សូមជ្រើសរើសវិស័យតែមួយនៃគោលបំណងជាក់លាក់របស់អ្នក
error-need-short = សូមរៀបរាប់តម្រូវការយ៉ាងហោចណាស់ { $min } ពាក្យ ដើម្បីឱ្យគ្រូបង្វឹករបស់អ្នកអាចរៀបចំខ្លួនបាន
what-library = ឈ្មោះបណ្ណាល័យរបស់អ្នក
what-position = មុខតំណែងរបស់អ្នក
what-city = ទីក្រុងរបស់អ្នក
what-preferred-times = ពេលវេលាដែលអ្នកចង់ជួប
what-need = តម្រូវការនៅពីក្រោយគោលបំណងរបស់អ្នក

## Forms
word-count = { $count ->
   *[other] { $shown } ពាក្យ
}

## Parts of every form and page
error-summary-title = មានបញ្ហា
error-prefix = កំហុស៖
stated-clock = { $time } ({ $place })
your-time = { $time } តាមម៉ោងរបស់អ្នក
zone-field-label = ល្វែងម៉ោងរបស់អ្នក
zone-field-hint = ម៉ោងនៅក្នុង Tandem បង្ហាញតាមល្វែងម៉ោងនេះ។ សូមវាយល្វែងម៉ោងនៃទីក្រុងមួយ ឧទាហរណ៍ Asia/Phnom_Penh ឬ Europe/Berlin។
zone-differs = កម្មវិធីរុករករបស់អ្នកថា ល្វែងម៉ោងរបស់អ្នកគឺ { $zone }។
zone-use-it = ប្រើវា
save-changes = រក្សាទុកការផ្លាស់ប្តូរ
save-and-continue = រក្សាទុក ហើយបន្ត

## The four areas and how a partner can meet
area-facilities = អគារ និងទីកន្លែងបណ្ណាល័យ
area-collections = ឯកសារ និងការចូលប្រើព័ត៌មាន
area-advocacy = ការតស៊ូមតិ និងសេវាកម្ម
area-training = ធនធានមនុស្ស និងការបណ្តុះបណ្តាល
connectivity-video = ការហៅជាវីដេអូដំណើរការល្អ
connectivity-audio = តែសំឡេងប៉ុណ្ណោះ (វីដេអូយឺតពេក ឬថ្លៃពេក)
connectivity-phone = តែការហៅតាមទូរស័ព្ទ ឬ WhatsApp ប៉ុណ្ណោះ

## The partner's intake
intake-title = បណ្ណាល័យ និងគោលបំណងរបស់អ្នក
intake-heading = បណ្ណាល័យរបស់អ្នក និងគោលបំណងរបស់អ្នក
intake-lead = សម្រាប់ជំនាន់ { $cohort } នៃកម្មវិធី។ គ្រូបង្វឹករបស់អ្នកអានព័ត៌មាននេះមុនវគ្គដំបូងរបស់អ្នក។ សូមជ្រើសរើសគោលបំណងជាក់លាក់តែមួយសម្រាប់ឆ្នាំនេះ៖ ភាពជាដៃគូធ្វើការឆ្ពោះទៅរកវា។
intake-privacy-link = អ្នកណាអានព័ត៌មានរបស់អ្នក ហើយរក្សាទុករយៈពេលប៉ុន្មាន
intake-library = បណ្ណាល័យ
intake-position = មុខតំណែងរបស់អ្នក
intake-position-hint = ឧទាហរណ៍៖ នាយក អ្នកគ្រប់គ្រងបណ្ណាល័យ
intake-city = ទីក្រុង
intake-languages = ភាសាដែលអ្នកប្រើក្នុងការងារ
intake-languages-hint = សូមបំបែកដោយសញ្ញាក្បៀស ឧទាហរណ៍ Khmer, English
intake-connectivity = តើអ្នកអាចជួបគ្រូបង្វឹករបស់អ្នកដោយរបៀបណា?
intake-connectivity-hint = ការហៅគ្រប់ប្រភេទរាប់ជាវគ្គមួយ។
intake-preferred-times = តើអ្នកចូលចិត្តជួបនៅពេលណា?
intake-preferred-times-hint = តាមម៉ោងរបស់អ្នក ឧទាហរណ៍៖ ព្រឹកថ្ងៃធ្វើការ មុនម៉ោង 11:00
intake-objective-matched = គោលបំណងតែមួយរបស់អ្នក
intake-matched-hint = អ្នកត្រូវបានផ្គូផ្គងហើយ៖ គោលបំណងនេះឥឡូវជារបស់ភាពជាដៃគូរបស់អ្នក។ ដើម្បីផ្លាស់ប្តូរវា សូមព្រមព្រៀងគោលដៅថ្មីជាមួយគ្រូបង្វឹករបស់អ្នក { $link }។
intake-matched-link = នៅក្នុងភាពជាដៃគូរបស់អ្នក
intake-objective = គោលបំណងជាក់លាក់តែមួយរបស់អ្នក
intake-objective-hint = សូមជ្រើសរើសវិស័យនៃតម្រូវការដែលអ្នកចង់ធ្វើការលើវានៅឆ្នាំនេះ។
intake-need = រៀបរាប់ពីតម្រូវការ
intake-need-hint = តើស្ថានភាពបច្ចុប្បន្នយ៉ាងដូចម្តេច ហើយអ្នកចង់ឱ្យមានអ្វីខុសប្លែកក្នុងរយៈពេលមួយឆ្នាំ? យ៉ាងហោចណាស់ { $min } ពាក្យ ជាភាសាដែលអ្នកចូលចិត្ត។

## The call for coaches
call-title = ការអំពាវនាវរកគ្រូបង្វឹក
call-withdrawn = ពាក្យស្នើសុំរបស់អ្នកត្រូវបានដកចេញ និងលុបហើយ។
call-heading = ការអំពាវនាវរកគ្រូបង្វឹក៖ ជំនាន់ { $cohort }
call-lead = កម្មវិធីនេះអញ្ជើញអ្នកគ្រប់គ្រង និងអ្នកដឹកនាំបណ្ណាល័យដែលមានបទពិសោធន៍ ឱ្យបង្វឹកនាយកបណ្ណាល័យនៅ { $country } ពី { $from } ដល់ { $to }។
call-tag-soon = បើកឆាប់ៗនេះ
call-tag-open = បើក
call-tag-closed = បិទ
call-opens-on = ការអំពាវនាវបើកនៅ { $opens }។ ការដាក់ពាក្យបិទនៅចុងបញ្ចប់នៃ { $deadline }។
call-apply-by = សូមដាក់ពាក្យមុនចុងបញ្ចប់នៃ { $deadline }។
call-closed-at = ការអំពាវនាវបានបិទនៅចុងបញ្ចប់នៃ { $deadline }។
call-extended = កាលបរិច្ឆេទផុតកំណត់ត្រូវបានពន្យារ។ ពីមុនគឺ { $was } ({ $place })។
call-how = សូមផ្ញើប្រវត្តិរូបសង្ខេប និងសេចក្តីថ្លែងការណ៍ខ្លីមួយ៖ ហេតុអ្វីអ្នកចង់បង្វឹក និងជំនាញអ្វីដែលអ្នកនាំមក។ អ្នកអាចរក្សាទុកសេចក្តីព្រាង ហើយត្រឡប់មកវិញពេលក្រោយ។
call-apply = ដាក់ពាក្យជាគ្រូបង្វឹក
call-come-back = សូមត្រឡប់មកវិញនៅថ្ងៃដែលវាបើក ដើម្បីដាក់ពាក្យ។
call-other-open = ការអំពាវនាវសម្រាប់ជំនាន់ { $cohort } កំពុងបើកឥឡូវនេះ។
call-other-read = អានការអំពាវនាវសម្រាប់ជំនាន់ { $cohort }
call-watch = សូមតាមដានទំព័រនេះសម្រាប់ការអំពាវនាវបន្ទាប់។
call-coaches-do = អ្វីដែលគ្រូបង្វឹកធ្វើ
call-partner-chooses = ដៃគូជ្រើសរើសគោលបំណងជាក់លាក់មួយ
call-aims = អ្វីដែលកម្មវិធីមានគោលដៅ
call-questions = សំណួរអំពីការអំពាវនាវ
call-chair-reads = ប្រធានកម្មវិធី { $chair } អានពាក្យស្នើសុំទាំងអស់។
call-write-to = សូមសរសេរទៅ { $email } ប្រសិនបើមានសំណួរ។
cohort-year-past = ភាពជាដៃគូបានដំណើរការពី { $from } ដល់ { $to }។
cohort-year-now = ភាពជាដៃគូដំណើរការពី { $from } ដល់ { $to }។
cohort-year-future = ភាពជាដៃគូនឹងដំណើរការពី { $from } ដល់ { $to }។

## Time left
remaining-closed = បានបិទ
remaining-under-a-minute = នៅសល់តិចជាងមួយនាទី
remaining-minutes = { $minutes ->
   *[other] នៅសល់ { $minutes } នាទី
}
remaining-hours = { $hours ->
   *[other] នៅសល់ { $hours } ម៉ោង
} { $minutes ->
   *[other] { $minutes } នាទី
}
remaining-days = { $days ->
   *[other] នៅសល់ { $days } ថ្ងៃ
} { $hours ->
   *[other] { $hours } ម៉ោង
}

## Emails
mail-dear = ជូនចំពោះ { $name }
mail-signature = កម្មវិធីបង្វឹក IATUL SIG-ALICE នៅលើ Tandem
mail-stop = ឈប់ទទួលអ៊ីមែលទាំងនេះ
mail-stop-text = ដើម្បីឈប់ទទួលអ៊ីមែលទាំងនេះ៖ { $link }
mail-open-in-tandem = បើកវានៅក្នុង Tandem
mail-reason-alerts = អ្នកទទួលបានអ៊ីមែលនេះ ព្រោះអ្នកតាមដានភាពជាដៃគូរបស់កម្មវិធី។ ជ្រើសរើសអ៊ីមែលដែលអ្នកចង់ទទួលនៅ /profile/messages ក្នុង Tandem។
mail-reason-partnership = អ្នកទទួលបានអ៊ីមែលនេះ ព្រោះអ្នកស្ថិតក្នុងភាពជាដៃគូមួយរបស់កម្មវិធី។ ជ្រើសរើសអ៊ីមែលដែលអ្នកចង់ទទួលនៅ /profile/messages ក្នុង Tandem។
list-or = {" "}ឬ{" "}
clock-in-place = { $time } នៅ { $place }
session-proposed = { $who } បានស្នើវគ្គមួយ៖ { $times } តាមម៉ោងរបស់អ្នក។ សូមទទួលយកពេលវេលាមួយ ឬបដិសេធ។
session-accepted = { $who } បានទទួលយកវគ្គមួយ៖ { $time } តាមម៉ោងរបស់អ្នក ({ $their })។ ការអញ្ជើញតាមប្រតិទិនត្រូវបានភ្ជាប់មកជាមួយ។
session-declined = { $who } បានបដិសេធពេលវេលាដែលអ្នកបានស្នើ។
session-moved = { $who } បានផ្លាស់ប្តូរវគ្គរបស់អ្នកទៅ { $time } តាមម៉ោងរបស់អ្នក ({ $their })។ តំណភ្ជាប់នៅដដែល ការអញ្ជើញតាមប្រតិទិនត្រូវបានធ្វើបច្ចុប្បន្នភាព។
session-cancelled = { $who } បានលុបចោលវគ្គមួយ៖ { $reason }
session-reminder-hour = រំលឹក៖ វគ្គបង្វឹករបស់អ្នកនឹងចាប់ផ្តើមក្នុងរយៈពេលមួយម៉ោងទៀត { $time } តាមម៉ោងរបស់អ្នក ({ $other } នៅ { $place })។{ $note }
session-reminder-tomorrow = រំលឹក៖ វគ្គបង្វឹករបស់អ្នកគឺនៅថ្ងៃស្អែក { $time } តាមម៉ោងរបស់អ្នក ({ $other } នៅ { $place })។{ $note }
session-outcome-recorded = { $who } បានកត់ត្រាវគ្គរបស់អ្នកថា { $outcome }។
session-outcome-corrected = { $who } បានកែវគ្គរបស់អ្នកថា { $outcome }។
outcome-held = បានធ្វើ
outcome-no_show = មិនបានមក
ics-summary = វគ្គបង្វឹក៖ { $coach } និង { $partner }
ics-agenda = របៀបវារៈ៖ { $agenda }
ics-link = តំណភ្ជាប់៖ { $link }
medium-video = ការហៅជាវីដេអូ។
medium-voice = ការហៅជាសំឡេង (អ៊ីនធឺណិត)។
medium-phone = ការហៅតាមទូរស័ព្ទ។
medium-whatsapp = ការហៅតាម WhatsApp។

## Digits
digits-switch = លេខ
digits-switch-hint = របៀបសរសេរលេខក្នុងកាលបរិច្ឆេទ និងម៉ោង៖
digits-heading = ភាសា និងលេខ
digits-lead = Tandem ប្រើភាសាដែលបានជ្រើសរើសនៅខាងក្រោមទំព័រនីមួយៗ។ កាលបរិច្ឆេទ និងម៉ោងអាចសរសេរលេខជាលេខខ្មែរ។

## Home
home-title = ទំព័រដើម
home-welcome = គណនីរបស់អ្នករួចរាល់ហើយ ហើយអ្នកបានចូលគណនីហើយ។
home-committed = សូមអរគុណ។ អ្នកបានទទួលយកការប្តេជ្ញារបស់កម្មវិធីហើយ។
home-intake-saved = បណ្ណាល័យ និងគោលបំណងរបស់អ្នកត្រូវបានរក្សាទុកហើយ។ គ្រូបង្វឹករបស់អ្នកនឹងអានវាមុនវគ្គដំបូងរបស់អ្នក។
home-hello = សួស្តី { $name }
home-times-in = ម៉ោងបង្ហាញតាម { $place } ({ $zone })
home-partnership = ភាពជាដៃគូបង្វឹករបស់អ្នក
home-coach-empty = អ្នកមិនទាន់មានដៃគូនៅឡើយទេ។ នៅពេលប្រធានកម្មវិធីផ្គូផ្គងអ្នកជាមួយនាយកបណ្ណាល័យម្នាក់ ភាពជាដៃគូ វគ្គ និងគោលដៅរបស់អ្នកនឹងបង្ហាញនៅទីនេះ។
home-coach-profile = ក្នុងពេលនេះ សូមពិនិត្យថាល្វែងម៉ោង និងភាសារបស់អ្នកត្រឹមត្រូវ៖ វាជួយប្រធានកម្មវិធីរកដៃគូដែលអ្នកអាចជួបបានងាយស្រួល។
home-check-profile = ពិនិត្យប្រវត្តិរូបរបស់អ្នក
home-objective = គោលបំណងរបស់អ្នក៖ { $objective }។
home-change-it = ផ្លាស់ប្តូរ
home-next-label = បន្ទាប់៖
home-intake-todo = សូមប្រាប់យើងអំពីបណ្ណាល័យរបស់អ្នក ហើយជ្រើសរើសគោលបំណងតែមួយរបស់អ្នកសម្រាប់ឆ្នាំនេះ។
home-intake-link = រៀបរាប់អំពីបណ្ណាល័យ និងគោលបំណងរបស់អ្នក
home-partner-empty = អ្នកមិនទាន់មានគ្រូបង្វឹកនៅឡើយទេ។ នៅពេលប្រធានកម្មវិធីផ្គូផ្គងអ្នកជាមួយគ្រូបង្វឹកម្នាក់ អ្នកនឹងឃើញគ្រូបង្វឹករបស់អ្នក វគ្គបន្ទាប់តាមម៉ោងរបស់អ្នក និងគោលដៅរបស់អ្នកនៅទីនេះ។
home-partner-profile = សូមពិនិត្យថាល្វែងម៉ោងរបស់អ្នកត្រឹមត្រូវ ដើម្បីឱ្យម៉ោងទាំងអស់បង្ហាញតាមម៉ោងរបស់អ្នក។
home-cohort = ជំនាន់ { $cohort }
home-partnership-with = ភាពជាដៃគូរបស់អ្នកជាមួយ { $who }
home-next = បន្ទាប់
home-next-mine = { $time } តាមម៉ោងរបស់អ្នក
home-next-with = { $medium } ជាមួយ { $who }។
home-see-session = មើលវគ្គ
home-no-session = មិនទាន់មានវគ្គដែលបានកំណត់ពេលទេ។
home-propose = ស្នើពេលវេលា
home-waiting = កំពុងរង់ចាំចម្លើយរបស់អ្នក
home-awaiting = { $who } កំពុងរង់ចាំចម្លើយរបស់អ្នកចំពោះសំណើវគ្គមួយ (ផ្ញើនៅ { $sent })។
home-news = ថ្មីសម្រាប់អ្នក ({ $count })
home-mark-all = សម្គាល់ថាបានអានទាំងអស់
home-mark-one = សម្គាល់ថាបានអាន
medium-name-video = ការហៅជាវីដេអូ
medium-name-voice = ការហៅជាសំឡេង (អ៊ីនធឺណិត)
medium-name-phone = ការហៅតាមទូរស័ព្ទ
medium-name-whatsapp = ការហៅតាម WhatsApp
commitments-heading = មុនពេលចាប់ផ្តើម៖ ការប្តេជ្ញារបស់កម្មវិធី
commitments-lead = គ្រូបង្វឹក និងដៃគូក្នុងកម្មវិធីយល់ព្រម៖
commitment-1 = ទំនាក់ទំនងដោយបើកចំហ ស្មោះត្រង់ និងគោរពគ្នា
commitment-2 = ការពារឯកជនភាពរបស់គ្នាទៅវិញទៅមក និងគោរពការសម្ងាត់៖ អ្វីដែលគូសរសេរនៅជាមួយគូ លុះត្រាតែអ្នកសរសេរចែករំលែកវា
commitment-3 = ប្រាប់ក្រុមការងារកម្មវិធីឱ្យបានឆាប់បំផុតអំពីការលំបាកណាមួយ
commitments-accept = ខ្ញុំទទួលយកការប្តេជ្ញាទាំងនេះ

## Signing in: errors
error-sign-in-wrong = អាសយដ្ឋានអ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។ សូមពិនិត្យទាំងពីរ ហើយព្យាយាមម្តងទៀត។
error-sign-in-closed = គណនីនេះត្រូវបានបិទ។ សូមសរសេរទៅប្រធានកម្មវិធី ប្រសិនបើអ្នកត្រូវការវាម្តងទៀត។

## The time-zone bar
zone-bar = ឧបករណ៍របស់អ្នកកំណត់ល្វែងម៉ោង { $device } ប៉ុន្តែ Tandem បង្ហាញម៉ោងរបស់អ្នកតាម { $profile }។
zone-bar-use = ប្រើ { $zone }
zone-bar-not-now = មិនមែនឥឡូវទេ

## Matching
matched-coach = អ្នកត្រូវបានផ្គូផ្គងជាមួយ { $partner } ({ $library }) សម្រាប់ { $cohort }។ សូមបើកភាពជាដៃគូរបស់អ្នក ដើម្បីអានគោលបំណងរបស់ពួកគេ។
matched-partner = { $coach } គឺជាគ្រូបង្វឹករបស់អ្នកសម្រាប់ { $cohort }។ សូមបើកភាពជាដៃគូរបស់អ្នក ដើម្បីមើលគ្រូបង្វឹករបស់អ្នក និងព្រមព្រៀងគោលដៅដំបូងរបស់អ្នក។

## Pace
pace-reached = { $held ->
   *[other] បានធ្វើ { $held } វគ្គ
}៖ បានដល់ចំនួនអប្បបរមា { $minimum } ហើយ
pace-year-over = ឆ្នាំបានបញ្ចប់ ដោយបានធ្វើ { $held } ក្នុងចំណោម { $minimum } វគ្គ
pace-too-few-months = ត្រូវការ { $needed } វគ្គទៀត ហើយនៅសល់ប្រហែល { $months } ខែ
pace-short = បានធ្វើ { $held } ខណៈដែលល្បឿនទៀងទាត់គួរមាន { $expected } ហើយនៅពេលនេះ
pace-behind = បានធ្វើ { $held } ខណៈដែលល្បឿនទៀងទាត់គួរមាន { $expected }៖ សូមកំណត់ពេលវគ្គបន្ទាប់
pace-on-track = បានធ្វើ { $held } ក្នុងចំណោម { $minimum } វគ្គ កំណត់ពេលរួច { $scheduled }
pace-status-on_track = តាមផែនការ
pace-status-behind = យឺត
pace-status-at_risk = មានហានិភ័យ

## Sessions
sessions-title = វគ្គ
sessions-lead = ម៉ោងបង្ហាញតាមម៉ោងរបស់អ្នក ({ $mine }) ហើយម៉ោងរបស់ { $who } នៅក្បែរ ({ $theirs })។
sessions-pace = បានធ្វើ { $held } ក្នុងចំណោម { $minimum } វគ្គ
sessions-steady = ល្បឿនទៀងទាត់គឺមួយវគ្គរៀងរាល់ពីរខែ៖ { $expected } នៅពេលនេះ។
sessions-next-propose = បន្ទាប់៖ សូមស្នើពេលវេលាមួយខាងក្រោម។
sessions-milestone-made = សកម្មភាពនេះឥឡូវជាចំណុចសំខាន់មួយនៃគោលដៅរបស់វា។
sessions-empty = មិនទាន់មានវគ្គនៅឡើយទេ។ សូមស្នើពេលវេលាមួយដល់បីខាងក្រោម ហើយ { $who } ទទួលយកមួយ។
sessions-both-free = ពេលដែលអ្នកទាំងពីរទំនេរ
sessions-set-yours = សូមកំណត់ពេលទំនេរប្រចាំសប្តាហ៍របស់អ្នក ដើម្បីមើលពេលដែលអ្នកទាំងពីរទំនេរ។
sessions-theirs-unset = { $who } មិនទាន់កំណត់ពេលទំនេរប្រចាំសប្តាហ៍នៅឡើយទេ។ អ្នកនៅតែអាចស្នើពេលវេលាបាន។
sessions-set-availability = កំណត់ពេលទំនេររបស់អ្នក
sessions-no-common = គ្មានម៉ោងទំនេររួមគ្នាក្នុងរយៈពេលបួនសប្តាហ៍ខាងមុខទេ។ សូមស្នើពេលវេលាក្រៅពេលទំនេររបស់អ្នក ឬពង្រីកវា។
sessions-change-availability = ផ្លាស់ប្តូរពេលទំនេររបស់អ្នក
sessions-until = រហូតដល់ { $time } តាមម៉ោងរបស់អ្នក ({ $minutes } នាទី)
sessions-propose-this = ស្នើពេលវេលានេះ
sessions-propose = ស្នើវគ្គមួយ
sessions-propose-hint = សូមសរសេរម៉ោងតាមម៉ោងរបស់អ្នក ({ $mine })។ { $who } មើលឃើញវាតាមម៉ោងរបស់ពួកគេ។
sessions-first = ជម្រើសទីមួយ
sessions-second = ជម្រើសទីពីរ (មិនចាំបាច់)
sessions-third = ជម្រើសទីបី (មិនចាំបាច់)
sessions-medium = របៀបដែលអ្នកជួប
sessions-link = តំណភ្ជាប់ទៅការហៅ
sessions-link-hint = ត្រូវការសម្រាប់ការហៅជាវីដេអូ និងការហៅជាសំឡេងតាមតំណភ្ជាប់។ ការហៅតាមទូរស័ព្ទ ឬ WhatsApp មិនត្រូវការទេ៖ វាប្រើលេខនៅលើកាតរបស់គូអ្នក។ តំណភ្ជាប់នៅដដែល នៅពេលវគ្គផ្លាស់ប្តូរ។
sessions-length = រយៈពេល
sessions-minutes = { $minutes } នាទី
sessions-agenda = របៀបវារៈ (មិនចាំបាច់)
sessions-send = ផ្ញើសំណើ
fold-legend = ម៉ោងនេះកើតឡើងពីរដងនៅលើនាឡិការបស់អ្នក
fold-first = លើកទីមួយ (មុនពេលនាឡិកាថយក្រោយ)
fold-second = លើកទីពីរ (បន្ទាប់ពីនាឡិកាថយក្រោយ)

## A session
session-status-proposed = បានស្នើ
session-status-scheduled = បានកំណត់ពេល
session-status-held = បានធ្វើ
session-status-no_show = មិនបានមក
session-status-cancelled = បានលុបចោល
session-status-declined = បានបដិសេធ
session-confirmed = ដៃគូបានបញ្ជាក់
session-you-proposed = អ្នកបានស្នើ៖
session-they-proposed = { $who } បានស្នើ៖
session-accept = ទទួលយក { $time }
session-decline = បដិសេធពេលវេលាទាំងនេះ
session-waiting = កំពុងរង់ចាំចម្លើយ។
session-link-label = តំណភ្ជាប់៖
session-reason = មូលហេតុ៖ { $reason }
session-notes = កំណត់ចំណាំ (ឯកជនសម្រាប់អ្នកទាំងពីរ)៖ { $notes }
session-agreed = សកម្មភាពដែលបានព្រមព្រៀង៖
session-make-milestone = ធ្វើឱ្យ "{ $action }" ក្លាយជាចំណុចសំខាន់
session-of-goal = នៃគោលដៅ
session-due = កាលបរិច្ឆេទកំណត់
session-add-milestone = បន្ថែមចំណុចសំខាន់
session-add-calendar = បន្ថែមទៅប្រតិទិនរបស់អ្នក (.ics)
session-move = ផ្លាស់ប្តូរពេលវគ្គនេះ
session-new-time = ពេលវេលាថ្មី តាមម៉ោងរបស់អ្នក
session-move-button = ផ្លាស់ប្តូរពេលវគ្គ
session-cancel = លុបចោលវគ្គនេះ
session-cancel-reason = មូលហេតុ (ម្នាក់ទៀតនឹងអានវា)
session-cancel-button = លុបចោលវគ្គ
session-after = បន្ទាប់ពីវគ្គ
session-correct = កែលទ្ធផល
session-correct-hint = អ្នកបានកត់ត្រាវា។ អ្នកអាចកែវាបានក្នុងរយៈពេល { $days } ថ្ងៃបន្ទាប់ពីកត់ត្រា ហើយម្នាក់ទៀតនឹងត្រូវបានជូនដំណឹង។
session-confirm-held = បញ្ជាក់ថាបានធ្វើ
session-history = ប្រវត្តិ
session-was-held = តើវាបានធ្វើឬទេ?
session-notes-label = កំណត់ចំណាំ (ឯកជនសម្រាប់អ្នកទាំងពីរ)
session-actions-label = សកម្មភាពដែលបានព្រមព្រៀង មួយបន្ទាត់មួយ
session-save-outcome = រក្សាទុកលទ្ធផល

## Page states
forbidden-title = ទំព័រនេះមិនមែនសម្រាប់គណនីរបស់អ្នកទេ
forbidden-text = អ្នកបានចូលគណនីហើយ ប៉ុន្តែទំព័រនេះជារបស់តួនាទីផ្សេងទៀតក្នុងកម្មវិធី។ ប្រសិនបើអ្នកគិតថាអ្នកគួរមើលឃើញវា សូមសួរប្រធានកម្មវិធី។
forbidden-home = ទៅទំព័រដើមរបស់អ្នក
not-found-title = រកមិនឃើញទំព័រ
not-found-text = ប្រសិនបើអ្នកបានវាយអាសយដ្ឋានគេហទំព័រ សូមពិនិត្យថាវាត្រឹមត្រូវ។ ប្រសិនបើអ្នកបានចុចតំណភ្ជាប់ វាប្រហែលជាចាស់ហើយ។
not-found-home = ទៅទំព័រដើមរបស់កម្មវិធី
error-page-title = សូមទោស មានបញ្ហាអ្វីមួយ
error-page-again = ព្យាយាមម្តងទៀត
loading = កំពុងផ្ទុក…

## A partnership's head
partnership-pair = { $coach } និង { $partner }
partnership-status-active = សកម្ម
partnership-status-paused = បានផ្អាក
partnership-status-completed = បានបញ្ចប់
partnership-status-ended_early = បានបញ្ចប់មុនពេល
partnership-dates = { $from } ដល់ { $to }
partnership-end-reason = មូលហេតុដែលបានផ្តល់៖ { $reason }
partnership-clocks = ម៉ោងក្នុងតំបន់ឥឡូវនេះ
partnership-partner-clock = { $who } (ដៃគូ)៖ { $time } នៅ { $place }
partnership-coach-clock = { $who } (គ្រូបង្វឹក)៖ { $time } នៅ { $place }
partnership-tabs = កន្លែងធ្វើការនៃភាពជាដៃគូ
tab-overview = ទិដ្ឋភាពទូទៅ និងគោលដៅ
tab-hours = ម៉ោងគាំទ្រ
tab-journal = កំណត់ហេតុ
tab-resources = ធនធាន
tab-introductions = ការណែនាំ

## Profile
profile-title = ប្រវត្តិរូបរបស់អ្នក
profile-saved = ប្រវត្តិរូបរបស់អ្នកត្រូវបានរក្សាទុកហើយ។
profile-password-saved = ពាក្យសម្ងាត់របស់អ្នកត្រូវបានផ្លាស់ប្តូរហើយ។ អ្នកត្រូវបានចាកចេញពីគ្រប់កន្លែងផ្សេងទៀត។
profile-email-asked = សូមមើលប្រអប់សំបុត្រនៃអាសយដ្ឋានថ្មី៖ សូមបញ្ជាក់វាដោយតំណភ្ជាប់ដែលយើងបានផ្ញើទៅទីនោះ ក្នុងរយៈពេលមួយថ្ងៃ។ រហូតដល់ពេលនោះ គណនីរបស់អ្នករក្សាអាសយដ្ឋានបច្ចុប្បន្ន។
profile-email-confirmed = អាសយដ្ឋានអ៊ីមែលថ្មីរបស់អ្នកត្រូវបានបញ្ជាក់ហើយ។ ចាប់ពីពេលនេះ សូមចូលគណនីដោយប្រើវា។
profile-data-link = ទិន្នន័យរបស់អ្នក៖ ទាញយកអ្វីៗទាំងអស់ដែល Tandem មានអំពីអ្នក
profile-privacy-link = ឯកជនភាព
profile-about = អំពីអ្នក
profile-name = ឈ្មោះរបស់អ្នក
profile-languages-hint = សូមបំបែកដោយសញ្ញាក្បៀស
profile-hours = ម៉ោងធ្វើការធម្មតារបស់អ្នក តាមម៉ោងរបស់អ្នក
profile-hours-hint = ប្រធានកម្មវិធីប្រើវាដើម្បីផ្គូផ្គងអ្នកជាមួយនរណាម្នាក់ដែលថ្ងៃរបស់ពួកគេត្រួតគ្នានឹងថ្ងៃរបស់អ្នក។
profile-start = ចាប់ផ្តើម
profile-end = បញ្ចប់
profile-save = រក្សាទុកប្រវត្តិរូប
profile-email = អាសយដ្ឋានអ៊ីមែលរបស់អ្នក
profile-email-hint = យើងផ្ញើតំណភ្ជាប់មួយទៅអាសយដ្ឋានថ្មី៖ វាផ្លាស់ប្តូរនៅពេលអ្នកបញ្ជាក់វានៅទីនោះ។
profile-new-email = អាសយដ្ឋានអ៊ីមែលថ្មី
profile-your-password = ពាក្យសម្ងាត់របស់អ្នក
profile-change-email = ផ្លាស់ប្តូរអាសយដ្ឋានអ៊ីមែលរបស់ខ្ញុំ
profile-pair = អ្វីដែលគូរបស់អ្នកមើលឃើញ
profile-pair-text = ការណែនាំខ្លួនរបស់អ្នក និងព័ត៌មានទំនាក់ទំនងដែលគ្រូបង្វឹក ឬដៃគូរបស់អ្នកអាចប្រើ។
profile-pair-link = ជ្រើសរើសអ្វីដែលពួកគេមើលឃើញ
profile-messages = សារ
profile-messages-text = Tandem ផ្ញើអ៊ីមែលទៅអ្នកអំពីវគ្គ ការរំលឹក និងភាពជាដៃគូរបស់អ្នក។
profile-messages-link = ជ្រើសរើសសារដែលអ្នកចង់ទទួល
profile-password = ផ្លាស់ប្តូរពាក្យសម្ងាត់របស់អ្នក
profile-password-hint = ការផ្លាស់ប្តូរវានឹងធ្វើឱ្យអ្នកចាកចេញពីឧបករណ៍ផ្សេងទៀតទាំងអស់។
profile-current-password = ពាក្យសម្ងាត់បច្ចុប្បន្ន
profile-new-password = ពាក្យសម្ងាត់ថ្មី
profile-new-password-hint = យ៉ាងហោចណាស់ 12 តួអក្សរ។
profile-password-again = វាយពាក្យសម្ងាត់ថ្មីម្តងទៀត
profile-change-password = ផ្លាស់ប្តូរពាក្យសម្ងាត់

## Concerns
concern-category-engagement = ការចូលរួម ឬការទំនាក់ទំនង
concern-category-scheduling = ការកំណត់ពេល ឬការតភ្ជាប់
concern-category-scope = គោលបំណង ឬវិសាលភាពរបស់វា
concern-category-wellbeing = បន្ទុកការងារ ឬសុខុមាលភាព
concern-category-conduct = អាកប្បកិរិយា ឬការសម្ងាត់
concern-category-other = ផ្សេងទៀត
concern-severity-low = ទាប៖ សម្រាប់ជាព័ត៌មាន
concern-severity-medium = មធ្យម៖ ត្រូវការការយកចិត្តទុកដាក់
concern-severity-high = ខ្ពស់៖ ត្រូវការចាត់វិធានការភ្លាម
concern-status-new = ថ្មី
concern-status-acknowledged = បានទទួលស្គាល់
concern-status-in_progress = កំពុងដំណើរការ
concern-status-resolved = បានដោះស្រាយ
concern-raised-by-you = លើកឡើងដោយអ្នក
concern-raised-by = លើកឡើងដោយ { $who }
concern-no-response = មិនទាន់មានការឆ្លើយតប
concern-responses = { $count ->
   *[other] ការឆ្លើយតប { $count }
}
concerns-team-title = កង្វល់ដែលបានលើកឡើងជាមួយក្រុមការងារកម្មវិធី
concerns-team-lead = កង្វល់នីមួយៗជាការសម្ងាត់៖ អ្នកសរសេរ និងក្រុមការងារកម្មវិធីមើលឃើញវា ហើយសមាជិកម្នាក់ទៀតនៃគូមើលឃើញតែនៅពេលអ្នកសរសេរចែករំលែក។ ការអាន និងការផ្លាស់ប្តូរនីមួយៗត្រូវបានកត់ត្រា។
concerns-lead = សូមប្រាប់ក្រុមការងារកម្មវិធីឱ្យបានឆាប់ នៅពេលមានអ្វីពិបាក។ អ្វីដែលអ្នកសរសេរនៅទីនេះ មានតែអ្នក និងក្រុមការងារកម្មវិធីប៉ុណ្ណោះដែលមើលឃើញ លុះត្រាតែអ្នកជ្រើសរើសចែករំលែកវាជាមួយសមាជិកម្នាក់ទៀតនៃគូរបស់អ្នក។
concerns-team-empty = មិនមានកង្វល់ដែលបានលើកឡើងទេ។
concerns-empty = អ្នកមិនទាន់បានលើកឡើងកង្វល់ណាមួយទេ។
concerns-raise = លើកឡើងកង្វល់មួយ
concerns-no-partnership = អ្នកមិនមានភាពជាដៃគូបច្ចុប្បន្នទេ៖ វានឹងទៅក្រុមការងារកម្មវិធីតែប៉ុណ្ណោះ។
concerns-what-concerns = វាទាក់ទងនឹងអ្វី
concerns-something-else = ផ្សេងទៀត (គ្មានភាពជាដៃគូ)
concerns-about = វានិយាយអំពីអ្វី
concerns-choose = ជ្រើសរើស…
concerns-how-serious = តើវាធ្ងន់ធ្ងរប៉ុណ្ណា?
concerns-what-happening = តើមានអ្វីកំពុងកើតឡើង
concerns-share = អនុញ្ញាតឱ្យសមាជិកម្នាក់ទៀតនៃគូរបស់ខ្ញុំអានវាផងដែរ
concerns-send = ផ្ញើទៅក្រុមការងារកម្មវិធី

## A concern
concern-title = កង្វល់
concern-all = កង្វល់ទាំងអស់
concern-sent = បានផ្ញើ។ ក្រុមការងារកម្មវិធីត្រូវបានជូនដំណឹង ហើយនឹងឆ្លើយនៅទីនេះ។
concern-handled-by = ដោះស្រាយដោយ { $who }។
concern-not-taken = មិនទាន់មាននរណាម្នាក់ក្នុងក្រុមការងារកម្មវិធីទទួលយកនៅឡើយទេ។
concern-shared = សមាជិកម្នាក់ទៀតនៃគូអាចអានវាបាន។
concern-private = មានតែអ្នកសរសេរ និងក្រុមការងារកម្មវិធីប៉ុណ្ណោះដែលអាចអានវាបាន។
concern-stop-sharing = ឈប់ចែករំលែកជាមួយសមាជិកម្នាក់ទៀតនៃគូរបស់ខ្ញុំ
concern-share = ចែករំលែកជាមួយសមាជិកម្នាក់ទៀតនៃគូរបស់ខ្ញុំ
concern-responses-heading = ការឆ្លើយតប
concern-answer = ឆ្លើយនៅក្នុងខ្សែសារនេះ
concern-your-answer = ចម្លើយរបស់អ្នក (ក្រុមការងារកម្មវិធីអានវា)
concern-send-answer = ផ្ញើចម្លើយ

## Availability
weekday-1 = ថ្ងៃចន្ទ
weekday-2 = ថ្ងៃអង្គារ
weekday-3 = ថ្ងៃពុធ
weekday-4 = ថ្ងៃព្រហស្បតិ៍
weekday-5 = ថ្ងៃសុក្រ
weekday-6 = ថ្ងៃសៅរ៍
weekday-7 = ថ្ងៃអាទិត្យ
window = { $day } { $from }-{ $to }
window-overnight = { $day } { $from }-{ $to } (ចូលដល់{ $next })
availability-title = ពេលទំនេររបស់អ្នក
availability-lead = ពេលប្រចាំសប្តាហ៍ដែលអ្នកអាចជួបជាធម្មតា តាមម៉ោងរបស់អ្នក ({ $place })។ សមាជិកម្នាក់ទៀតនៃភាពជាដៃគូរបស់អ្នកមើលឃើញពេលដែលអ្នកទាំងពីរទំនេរ តាមម៉ោងរបស់ពួកគេ។
availability-weekly = ពេលប្រចាំសប្តាហ៍
availability-shifts = ការផ្លាស់ប្តូរម៉ោងធ្វើឱ្យពេលប្រចាំសប្តាហ៍ខ្លះរបស់អ្នកផ្លាស់ទីនៅលើម៉ោងរបស់សមាជិកម្នាក់ទៀត៖
availability-empty = មិនទាន់មានពេលប្រចាំសប្តាហ៍នៅឡើយទេ។ សូមបន្ថែមពេលដំបូងខាងក្រោម។
availability-remove = លុប { $what }
availability-day = ថ្ងៃ
availability-from = ពី
availability-to = ដល់
availability-midnight = តាមម៉ោងរបស់អ្នក។ ពេលដែលឆ្លងកាត់ពាក់កណ្តាលអធ្រាត្រគឺជាចន្លោះមួយ៖ ពី 19:00 ដល់ 01:00 បន្តទៅថ្ងៃបន្ទាប់។
availability-add = បន្ថែមពេលប្រចាំសប្តាហ៍
availability-away = ថ្ងៃអវត្តមាន
availability-no-away = គ្មានថ្ងៃអវត្តមានទេ។
availability-away-day = ថ្ងៃដែលអ្នកអវត្តមាន
availability-add-away = បន្ថែមថ្ងៃអវត្តមាន
feed-title = ប្រតិទិនផ្សាយរបស់អ្នក
feed-lead = អាសយដ្ឋានឯកជនដែលកម្មវិធីប្រតិទិនរបស់អ្នកអាចជាវបាន៖ វគ្គនីមួយៗដែលមានពេលវេលាបង្ហាញនៅទីនោះ ហើយផ្លាស់ទីនៅពេលវាផ្លាស់ទី។
feed-new = អាសយដ្ឋានផ្សាយរបស់អ្នក (សូមចម្លងវាឥឡូវនេះ វាបង្ហាញតែម្តងប៉ុណ្ណោះ)៖
feed-on = ការផ្សាយកំពុងបើក។ សូមប្តូរវាដើម្បីទទួលបានអាសយដ្ឋានថ្មី (អាសយដ្ឋានចាស់ឈប់ដំណើរការ) ឬបិទវា។
feed-none = មិនទាន់មានការផ្សាយនៅឡើយទេ។
feed-replace = ប្តូរអាសយដ្ឋានផ្សាយ
feed-make = បង្កើតអាសយដ្ឋានផ្សាយ
feed-off = បិទការផ្សាយ
year-starts = ចាប់ផ្តើម { $date }
year-ended = ឆ្នាំបានបញ្ចប់ { $date }
year-month = ខែទី { $month } នៃ { $months } ខែ ចាប់តាំងពី { $since }
partnerships-empty = មិនទាន់មានភាពជាដៃគូនៅឡើយទេ។ ប្រធានកម្មវិធីផ្គូផ្គងដៃគូម្នាក់ៗជាមួយគ្រូបង្វឹក បន្ទាប់មកភាពជាដៃគូនឹងបង្ហាញនៅទីនេះ។
export-title = នាំចេញ
export-hint = តែតួលេខប៉ុណ្ណោះ មិនដែលមានកំណត់ហេតុ កំណត់ចំណាំ ឬរបៀបវារៈទេ។ ឯកសារ CSV បើកក្នុងសៀវភៅបញ្ជី ហើយ JSON មានជួរដូចគ្នា។
export-partnerships = ភាពជាដៃគូ (CSV)
export-sessions = វគ្គ (CSV)
export-hours = ម៉ោង (CSV)
export-all = ទាំងអស់ (JSON)
card-with-partner = ជាមួយ { $who } (ដៃគូ)
card-with-coach = ជាមួយ { $who } (គ្រូបង្វឹក)
card-line = { $cohort } · { $position } · { $partner_time } នៅ { $partner_place }, { $coach_time } នៅ { $coach_place }
figures-goals = គោលដៅ
figures-goals-count = { $total } (បានសម្រេច { $done }, កំពុងធ្វើ { $progress }, មិនទាន់ចាប់ផ្តើម { $waiting })
figures-goals-count-dropped = { $total } (បានសម្រេច { $done }, កំពុងធ្វើ { $progress }, មិនទាន់ចាប់ផ្តើម { $waiting }, បានបោះបង់ { $dropped })
figures-progress = វឌ្ឍនភាព
figures-progress-label = វឌ្ឍនភាពមធ្យមនៃគោលដៅ
figures-milestones = ដំណាក់កាលសំខាន់ៗ
figures-milestones-count = បានសម្រេច { $done } នៃ { $total }
figures-sessions = វគ្គ
figures-sessions-count = បានជួប { $held } នៃ { $minimum }
partnership-title = ភាពជាដៃគូ
partnership-matched = ភាពជាដៃគូត្រូវបានបង្កើត។ គ្រូបង្វឹក និងដៃគូត្រូវបានជូនដំណឹងក្នុង Tandem។
overview-evaluation-lead = ខែចុងក្រោយនៃឆ្នាំ៖
overview-evaluation-text = សូមប្រាប់ក្រុមកម្មវិធីថាវាដំណើរការយ៉ាងដូចម្តេច ហើយព្រមព្រៀងគ្នាថាគោលដៅនីមួយៗបានបញ្ចប់យ៉ាងដូចម្តេច។
overview-evaluation-link = ឆ្លើយការវាយតម្លៃចុងឆ្នាំ
objective-yours = គោលបំណងតែមួយរបស់អ្នក
objective-partners = គោលបំណងតែមួយរបស់ដៃគូ
count-journal = { $count ->
   *[other] កំណត់ហេតុ { $count }
}
count-resources = { $count ->
   *[other] ធនធាន { $count }
}
count-introductions = { $count ->
   *[other] ការណែនាំ { $count }
}
overview-summary = សេចក្តីសង្ខេបមួយទំព័រ
overview-certificate = វិញ្ញាបនបត្រចូលរួមរបស់អ្នក
goals-title = គោលដៅ
goals-empty = មិនទាន់មានគោលដៅនៅឡើយទេ។ សូមព្រមព្រៀងគ្នាលើគោលដៅពីរទៅបួនដែលអាចសម្រេចបាន ដែលមានលទ្ធផលអាចវាស់វែងបាន រួចបន្ថែមវានៅទីនេះ។ អ្នកណាម្នាក់ក្នុងចំណោមអ្នកទាំងពីរអាចបន្ថែម និងធ្វើបច្ចុប្បន្នភាពវាបាន។
goal-add-title = បន្ថែមគោលដៅ
goal-field-title = គោលដៅ
goal-field-title-hint = អាចសម្រេចបានក្នុងឆ្នាំ ឧទាហរណ៍៖ ទំព័រស្វែងរកសម្រាប់ទស្សនាវដ្តីអេឡិចត្រូនិក
goal-field-outcome = លទ្ធផលដែលអាចវាស់វែងបាន
goal-field-outcome-hint = តើអ្នកទាំងពីរនឹងដឹងដោយរបៀបណាថាវាត្រូវបានសម្រេច? ឧទាហរណ៍៖ ទំព័រដំណើរការ បុគ្គលិកផ្នែកយោង 4 នាក់ត្រូវបានបណ្តុះបណ្តាល ការស្វែងរកកើនឡើងទ្វេដង
goal-add = បន្ថែមគោលដៅ
goal-status-not_started = មិនទាន់ចាប់ផ្តើម
goal-status-in_progress = កំពុងធ្វើ
goal-status-done = បានសម្រេច
goal-status-dropped = បានបោះបង់
goal-progress-of = វឌ្ឍនភាពនៃ { $title }
goal-outcome = លទ្ធផល៖ { $outcome }
goal-milestones = ដំណាក់កាលសំខាន់ៗ៖ បានសម្រេច { $done } នៃ { $total }
goal-next = បន្ទាប់៖ { $title } ត្រឹម { $date }
goal-next-overdue = បន្ទាប់៖ { $title } ត្រឹម { $date } (ហួសកាលកំណត់)
alerts-title = ការជូនដំណឹង
alerts-since = តាំងពី { $when }
alerts-hint = ការជូនដំណឹងនឹងបាត់ដោយខ្លួនឯង នៅពេលស្ថានភាពត្រូវបានដោះស្រាយ។ ប្រសិនបើមានអ្វីមិនប្រក្រតី សូមប្រាប់ក្រុមកម្មវិធីឱ្យបានឆាប់៖ { $link }។
alerts-raise = រាយការណ៍ពីកង្វល់
goal-title = គោលដៅ
goal-saved = បានរក្សាទុកគោលដៅ។ { $who } ត្រូវបានជូនដំណឹង។
goal-all = គោលដៅទាំងអស់
goal-progress = វឌ្ឍនភាព
milestones-title = ដំណាក់កាលសំខាន់ៗ
milestones-empty = មិនទាន់មានដំណាក់កាលសំខាន់ៗនៅឡើយទេ។ សូមបែងចែកគោលដៅជាជំហានដែលមានកាលបរិច្ឆេទ ក្នុងឆ្នាំនៃភាពជាដៃគូ។
milestone-due = ត្រូវបញ្ចប់ { $date }
milestone-due-overdue = ត្រូវបញ្ចប់ { $date } · ហួសកាលកំណត់
milestone-due-done = ត្រូវបញ្ចប់ { $date } · បានសម្រេច
milestone-reopen = បើក "{ $title }" ឡើងវិញ
milestone-mark-done = សម្គាល់ "{ $title }" ថាបានសម្រេច
milestone-new = ដំណាក់កាលសំខាន់ថ្មី
milestone-due-date = កាលបរិច្ឆេទត្រូវបញ្ចប់
milestone-due-hint = ក្នុងឆ្នាំនៃភាពជាដៃគូ
milestone-add = បន្ថែមដំណាក់កាលសំខាន់
goal-update-title = ធ្វើបច្ចុប្បន្នភាពគោលដៅ
goal-field-status = ស្ថានភាព
goal-field-progress = វឌ្ឍនភាព (%)
goal-field-progress-hint = ពី 0 ដល់ 100 គោលដៅដែលបានសម្គាល់ថាសម្រេចរាប់ជា 100
goal-save = រក្សាទុកគោលដៅ
goal-history = ប្រវត្តិ
milestone-change-or-remove = កែប្រែ ឬលុប "{ $title }"
milestone-field = ដំណាក់កាលសំខាន់
milestone-save = រក្សាទុកដំណាក់កាលសំខាន់
milestone-remove = លុបដំណាក់កាលសំខាន់
journal-kind-success = ភាពជោគជ័យ
journal-kind-difficulty = ការលំបាក
journal-kind-note = កំណត់ចំណាំ
journal-shared = បានចែករំលែកជាមួយក្រុមកម្មវិធី
journal-private = ឯកជនសម្រាប់អ្នកទាំងពីរ
journal-stop-sharing = ឈប់ចែករំលែកជាមួយក្រុមកម្មវិធី
journal-share = ចែករំលែកជាមួយក្រុមកម្មវិធី
journal-title = កំណត់ហេតុ
journal-lead = ចែករំលែកការលំបាក និងភាពជោគជ័យ។ កំណត់ហេតុគឺឯកជនសម្រាប់អ្នកទាំងពីរ អ្នកសរសេរកំណត់ហេតុអាចចែករំលែកវាជាមួយក្រុមកម្មវិធីបាន។
journal-new = កំណត់ហេតុថ្មី
journal-kind-question = តើវានិយាយអំពីអ្វី?
journal-entry = កំណត់ហេតុ
journal-also-share = ចែករំលែកកំណត់ហេតុនេះជាមួយក្រុមកម្មវិធីផងដែរ
journal-add = បន្ថែមកំណត់ហេតុ
journal-empty = មិនទាន់មានកំណត់ហេតុនៅឡើយទេ។ សូមកត់ត្រាអ្វីដែលដំណើរការបានល្អ និងអ្វីដែលពិបាក៖ វាជួយអ្នកទាំងពីរមើលឃើញវឌ្ឍនភាពពេញមួយឆ្នាំ។
keeping-both = អ្នកទាំងពីររក្សាទុកវា៖ វានៅដដែលរហូតដល់អ្នកណាម្នាក់ប្តូរចិត្ត ឬស្នើសុំលុប។
keeping-mine = អ្នករក្សាទុកវា ប៉ុន្តែ { $who } មិនទាន់រក្សាទុកទេ។ អ្នកទាំងពីរត្រូវរក្សាទុកវា បើមិនដូច្នោះទេ វានឹងត្រូវលុបនៅ { $date }។
keeping-theirs = { $who } រក្សាទុកវា។ ប្រសិនបើអ្នកក៏រក្សាទុកវាដែរ វានឹងនៅដដែល។ បើមិនដូច្នោះទេ វានឹងត្រូវលុបនៅ { $date }។
keeping-neither = វានឹងត្រូវលុបនៅ { $date } លុះត្រាតែអ្នកទាំងពីរជ្រើសរើសរក្សាទុកវា។
keeping-title = បន្ទាប់ពីឆ្នាំ៖ កំណត់ហេតុ និងកំណត់ចំណាំវគ្គ
keeping-stop = ឈប់រក្សាទុកវា
keeping-keep = រក្សាទុកវាលើសពីថ្ងៃនោះ
resources-title = ធនធាន
resources-lead-coach = ប្រមូលតំណភ្ជាប់ដែលបម្រើគោលបំណង៖ មគ្គុទ្ទេសក៍ ឧទាហរណ៍ វគ្គបណ្តុះបណ្តាល ស្នាដៃរបស់អ្នកដទៃ។ សូមបន្ថែមកំណត់ចំណាំថាហេតុអ្វីនីមួយៗមានប្រយោជន៍។
resources-lead-partner = តំណភ្ជាប់ដែលគ្រូបង្វឹករបស់អ្នកប្រមូលសម្រាប់គោលបំណងរបស់អ្នក នីមួយៗមានកំណត់ចំណាំថាហេតុអ្វីវាមានប្រយោជន៍។
resources-empty-coach = មិនទាន់មានធនធាននៅឡើយទេ។ សូមបន្ថែមធនធានដំបូងខាងក្រោម។
resources-empty-partner = មិនទាន់មានធនធាននៅឡើយទេ។ គ្រូបង្វឹករបស់អ្នកនឹងបន្ថែមវានៅទីនេះ ក្នុងអំឡុងឆ្នាំ។
resources-added-by = បន្ថែមដោយ { $who } · { $when }
resources-add-title = បន្ថែមធនធាន
resources-field-title = ចំណងជើង
resources-field-url = តំណភ្ជាប់
resources-field-url-hint = ចាប់ផ្តើមដោយ https://
resources-field-note = ហេតុអ្វីវាមានប្រយោជន៍ (ស្រេចចិត្ត)
resources-field-area = វិស័យគោលបំណង
resources-add = បន្ថែមធនធាន
introductions-title = ការណែនាំ
introductions-lead = ការភ្ជាប់ដៃគូទៅកាន់អ្នកជំនាញផ្សេងទៀត គឺជាផ្នែកមួយនៃការគាំទ្ររបស់គ្រូបង្វឹក៖ នរណា ហេតុអ្វី និងលទ្ធផលអ្វីខ្លះ។
introductions-empty-coach = មិនទាន់មានការណែនាំនៅឡើយទេ។ សូមកត់ត្រាការណែនាំដំបូងខាងក្រោម។
introductions-empty-partner = មិនទាន់មានការណែនាំនៅឡើយទេ។ គ្រូបង្វឹករបស់អ្នកកត់ត្រានៅទីនេះនូវអ្នកជំនាញដែលគាត់ភ្ជាប់អ្នកជាមួយ។
introductions-why = ហេតុអ្វី៖ { $why }
introductions-outcome = លទ្ធផល៖ { $outcome }
introductions-no-outcome = លទ្ធផល៖ មិនទាន់បានកត់ត្រានៅឡើយ
introductions-recorded-by = កត់ត្រាដោយ { $who } · { $when }
introductions-record-outcome = កត់ត្រាលទ្ធផល
introductions-outcome-of = លទ្ធផលនៃការណែនាំទៅកាន់ { $who }
introductions-save-outcome = រក្សាទុកលទ្ធផល
introductions-add-title = កត់ត្រាការណែនាំ
introductions-field-expert = អ្នកជំនាញ
introductions-field-expert-hint = ឈ្មោះ តួនាទី និងស្ថាប័ន
introductions-field-why = ហេតុអ្វីបានជាអ្នកភ្ជាប់ពួកគេ
introductions-field-outcome = លទ្ធផល (ស្រេចចិត្ត អាចបន្ថែមនៅពេលក្រោយ)
introductions-add = កត់ត្រាការណែនាំ
duration-none = គ្មាន
duration-minutes = { $m } នាទី
duration-hours = { $h } ម៉ោង
duration-hours-minutes = { $h } ម៉ោង { $m } នាទី
compliance-below = { $month }៖ ការគាំទ្រ { $given } ទាបជាងកម្រិតអប្បបរមារបស់ជំនាន់នេះ { $limit }
compliance-above = { $month }៖ ការគាំទ្រ { $given } លើសកម្រិតអតិបរមារបស់ជំនាន់នេះ { $limit }
compliance-sessions = វគ្គ៖ { $reason }
compliance-all-within = { $held ->
   *[other] បានជួប { $held } វគ្គ ហើយខែនីមួយៗស្ថិតក្នុងចន្លោះកំណត់
}
hours-category-collating = ប្រមូលធនធាន
hours-category-answering = ឆ្លើយសំណួរ
hours-category-connecting = ភ្ជាប់ទៅអ្នកជំនាញ
hours-category-preparing = រៀបចំវគ្គ
hours-category-other = ផ្សេងៗ
band-in_progress = ខែនេះ
band-below = ទាបជាងចន្លោះកំណត់
band-within = ក្នុងចន្លោះកំណត់
band-above = លើសចន្លោះកំណត់
band-future = នឹងមកដល់
hours-title = ម៉ោងគាំទ្រ
hours-lead = គ្រូបង្វឹកផ្តល់ពេល 2 ទៅ 5 ម៉ោងក្នុងមួយខែ ក្រៅពីការប្រជុំ៖ ប្រមូលធនធាន ឆ្លើយសំណួរ ភ្ជាប់ទៅអ្នកជំនាញ។ ចន្លោះកំណត់នេះការពារដៃគូពីការមិនយកចិត្តទុកដាក់ និងការពារអ្នកស្ម័គ្រចិត្តពីការហត់នឿយពេក។
hours-on-track = ដំណើរការល្អ។
hours-needs-attention = ត្រូវការការយកចិត្តទុកដាក់។
hours-saved = បានរក្សាទុកពេលវេលា។
hours-months = ប្រចាំខែ
hours-months-caption = ម៉ោងគាំទ្រ និងវគ្គក្នុងមួយខែនៃឆ្នាំភាពជាដៃគូ
hours-col-month = ខែ
hours-col-support = ការគាំទ្រ
hours-col-band = ចន្លោះកំណត់
hours-col-sessions = វគ្គដែលបានជួប
hours-col-status = ស្ថានភាព
hours-days = { $days ->
   *[other] ({ $days } ថ្ងៃ)
}
hours-band-range = ពី { $from } ដល់ { $to }
hours-change-title = កែប្រែការកត់ត្រា
hours-log-title = កត់ត្រាពេលវេលាក្រៅការប្រជុំ
hours-field-date = កាលបរិច្ឆេទ
hours-field-date-hint = ការកត់ត្រាអាចកែប្រែបានក្នុងខែរបស់វា និងខែបន្ទាប់
hours-field-minutes = ពេលវេលាដែលបានចំណាយ
hours-field-minutes-hint = នាទី (90) ឬម៉ោង និងនាទី (1:30)
hours-field-category = វាសម្រាប់អ្វី
hours-field-note = កំណត់ចំណាំ (ស្រេចចិត្ត)
hours-save-change = រក្សាទុកការកែប្រែ
hours-log = កត់ត្រាពេលវេលា
hours-entries = ការកត់ត្រា
hours-empty-coach = មិនទាន់មានពេលវេលាកត់ត្រានៅឡើយទេ។ សូមកត់ត្រាពេលវេលាដែលអ្នកចំណាយលើការរៀបចំ ការឆ្លើយ និងការភ្ជាប់៖ វាបង្ហាញពីការគាំទ្រដែលដៃគូទទួលបាន។
hours-empty = មិនទាន់មានពេលវេលាកត់ត្រានៅឡើយទេ។
hours-locked = បានចាក់សោ
hours-change-entry = កែប្រែការកត់ត្រានៃ { $date }
hours-team-hint = ក្នុងនាមជាក្រុមកម្មវិធី អ្នកឃើញតួលេខ ចំណែកកំណត់ចំណាំរបស់គ្រូបង្វឹកនៅតែជាមួយគូ។
reached-yes = បាទ/ចាស បានសម្រេច
reached-partly = មួយផ្នែក
reached-no = មិនបានសម្រេច
broadened-yes = បាទ/ចាស យ៉ាងច្បាស់
broadened-somewhat = បន្តិចបន្តួច
broadened-no = ទេ
again-yes = បាទ/ចាស
again-maybe = ប្រហែលជា
again-no = ទេ
evaluation-title = ការវាយតម្លៃចុងឆ្នាំ
evaluation-back = ត្រឡប់ទៅភាពជាដៃគូ
evaluation-thanks = សូមអរគុណ។ ចម្លើយរបស់អ្នកបានទៅដល់ក្រុមកម្មវិធីហើយ។
evaluation-opens = ការវាយតម្លៃនឹងបើកនៅ { $date } ក្នុងខែចុងក្រោយនៃឆ្នាំ។ អ្នកនឹងត្រូវបានជូនដំណឹងនៅពេលនោះ។
evaluation-lead = តើឆ្នាំនេះដំណើរការយ៉ាងដូចម្តេច? ចម្លើយរបស់អ្នកទៅកាន់ក្រុមកម្មវិធី { $who } មិនឃើញវាទេ។
evaluation-answered = អ្នកបានឆ្លើយហើយ អ្នកអាចកែប្រែចម្លើយរបស់អ្នកបាន។
evaluation-team-title = ការវាយតម្លៃចុងឆ្នាំ៖ { $pair }
evaluation-team-lead = សមាជិកម្នាក់ៗបានឆ្លើយសម្រាប់តែក្រុមកម្មវិធីប៉ុណ្ណោះ គ្មាននរណាម្នាក់ឃើញចម្លើយរបស់ម្នាក់ទៀតទេ។
evaluation-outcomes = គោលដៅរបស់អ្នក៖ តើនីមួយៗបានបញ្ចប់យ៉ាងដូចម្តេច?
evaluation-outcomes-hint = សូមព្រមព្រៀងគ្នាលើលទ្ធផលនីមួយៗ៖ អ្នកទាំងពីរឃើញអ្វីដែលបានកំណត់នៅទីនេះ។
evaluation-no-goals = គ្មានគោលដៅត្រូវបានកំណត់ក្នុងឆ្នាំនេះទេ។
evaluation-not-set = មិនទាន់កំណត់
evaluation-save = រក្សាទុក
evaluation-poor = 1៖ ខ្សោយ
evaluation-excellent = 5៖ ល្អណាស់
evaluation-answers = ចម្លើយរបស់អ្នក
evaluation-reached = តើគោលដៅនៃគោលបំណងត្រូវបានសម្រេចឬទេ?
evaluation-helped = តើអ្វីបានជួយ?
evaluation-change = តើអ្វីគួរផ្លាស់ប្តូរនៅឆ្នាំក្រោយ?
evaluation-broadened = តើការយល់ឃើញរបស់អ្នកចំពោះការងារបណ្ណាល័យបានទូលំទូលាយជាងមុនឬទេ?
evaluation-broadened-hint = ជាគោលបំណងមួយរបស់កម្មវិធី សម្រាប់ទាំងគ្រូបង្វឹក និងដៃគូ។
evaluation-rating = តើអ្នកវាយតម្លៃភាពជាដៃគូនេះយ៉ាងដូចម្តេច?
evaluation-again = តើអ្នកនឹងចូលរួមម្តងទៀតឬទេ?
evaluation-quote = កម្មវិធីអាចដកស្រង់សម្តីរបស់ខ្ញុំក្នុងរបាយការណ៍របស់ខ្លួន ដោយមិនបញ្ចេញឈ្មោះខ្ញុំ
evaluation-send = ផ្ញើការវាយតម្លៃរបស់ខ្ញុំ
card-title = អ្វីដែលដៃគូរបស់អ្នកឃើញ
card-saved = បានរក្សាទុក។ ដៃគូរបស់អ្នកឃើញវានៅលើទំព័រភាពជាដៃគូរបស់អ្នក។
card-lead-coach = នេះជាអ្វីដែលដៃគូរបស់អ្នកឃើញអំពីអ្នកនៅលើទំព័រភាពជាដៃគូ និងរបៀបដែលគាត់អាចទាក់ទងអ្នករវាងវគ្គ។ គ្មាននរណាផ្សេងទៀតឃើញលេខរបស់អ្នកទេ។
card-lead-partner = នេះជាអ្វីដែលគ្រូបង្វឹករបស់អ្នកឃើញអំពីអ្នកនៅលើទំព័រភាពជាដៃគូ និងរបៀបដែលគាត់អាចទាក់ទងអ្នករវាងវគ្គ។ គ្មាននរណាផ្សេងទៀតឃើញលេខរបស់អ្នកទេ។
card-reach-coach = អ្វីដែលដៃគូរបស់អ្នកអាចប្រើដើម្បីទាក់ទងអ្នក
card-reach-partner = អ្វីដែលគ្រូបង្វឹករបស់អ្នកអាចប្រើដើម្បីទាក់ទងអ្នក
card-back = ត្រឡប់ទៅប្រវត្តិរូបរបស់អ្នក
card-institution = ស្ថាប័នរបស់អ្នក
card-institution-hint = បណ្ណាល័យ ឬសាកលវិទ្យាល័យរបស់អ្នក ដូចដែលដៃគូរបស់អ្នកនឹងស្វែងរកវា។
card-introduction = ការណែនាំខ្លី
card-introduction-hint = ពីរបីបន្ទាត់៖ ការងាររបស់អ្នក អ្វីដែលអ្នកសង្ឃឹមនឹងនាំមក ឬទទួលបានក្នុងឆ្នាំនេះ។ យ៉ាងច្រើន 800 តួអក្សរ។
card-phone = លេខទូរស័ព្ទ
card-phone-hint = ជាមួយលេខកូដប្រទេស ឧទាហរណ៍ +855 12 345 678។
card-whatsapp = លេខ WhatsApp
card-reach-hint = វគ្គតាមទូរស័ព្ទ ឬ WhatsApp ត្រូវការលេខដើម្បីហៅ។
card-show-email = អ៊ីមែល ({ $email })
share-email = អ៊ីមែល
share-phone = ទូរស័ព្ទ
share-whatsapp = WhatsApp
card-save = រក្សាទុក
card-your-coach = គ្រូបង្វឹករបស់អ្នក៖ { $who }
card-your-partner = ដៃគូរបស់អ្នក៖ { $who }
card-no-contacts = មិនទាន់មានព័ត៌មានទំនាក់ទំនងចែករំលែកនៅឡើយទេ៖ សូមសរសេរតាមរយៈកំណត់ហេតុ ឬសួរនៅក្នុងវគ្គបន្ទាប់របស់អ្នក។
card-what-you-show = អ្វីដែលអ្នកបង្ហាញពួកគេ
fact-library = បណ្ណាល័យ
fact-position = មុខតំណែង
fact-city = ទីក្រុង
fact-meet = របៀបដែលគាត់អាចជួប
fact-times = ពេលដែលគាត់ចូលចិត្តជួប (ម៉ោងរបស់គាត់)
fact-institution = ស្ថាប័ន
fact-expertise = ជំនាញ
kept-1-what = ពាក្យស្នើសុំធ្វើជាគ្រូបង្វឹក៖ ព័ត៌មានលម្អិត សេចក្តីថ្លែងការណ៍ និង CV របស់អ្នក
kept-1-seen = អ្នក (តាមរយៈតំណឯកជនរបស់អ្នក) និងក្រុមកម្មវិធី
kept-1-long = សេចក្តីព្រាងដែលមិនដែលបានផ្ញើ ពាក្យស្នើសុំដែលមិនទាន់សម្រេច CV នៃពាក្យស្នើសុំដែលត្រូវបានបដិសេធ៖ តាមចំនួនថ្ងៃដែលកំណត់សម្រាប់ជំនាន់របស់វា (ខាងក្រោម) បន្ទាប់មកត្រូវលុប។ CV របស់គ្រូបង្វឹកដែលត្រូវបានទទួលយក៖ រហូតដល់ឆ្នាំភាពជាដៃគូបញ្ចប់។ ក្រៅពីនេះ រហូតដល់អ្នកដកពាក្យ ឬស្នើសុំលុប
kept-2-what = គណនីរបស់អ្នក៖ ឈ្មោះ អ៊ីមែល ល្វែងម៉ោង ភាសា និងអ្វីដែលអ្នកជ្រើសរើសបង្ហាញដៃគូរបស់អ្នក (ស្ថាប័ន ការណែនាំ ទូរស័ព្ទ WhatsApp)
kept-2-seen = អ្នក និងក្រុមកម្មវិធី សមាជិកម្នាក់ទៀតនៃគូរបស់អ្នកឃើញតែអ្វីដែលអ្នកជ្រើសរើសប៉ុណ្ណោះ
kept-2-long = រហូតដល់អ្នកស្នើសុំលុប
kept-3-what = ព័ត៌មានចូលរួមរបស់ដៃគូ៖ បណ្ណាល័យ មុខតំណែង ទីក្រុង ការតភ្ជាប់ ពេលវេលាដែលចូលចិត្ត គោលបំណង និងតម្រូវការ
kept-3-seen = អ្នក ក្រុមកម្មវិធី និងគ្រូបង្វឹករបស់អ្នក នៅពេលអ្នកត្រូវបានផ្គូផ្គង
kept-3-long = មួយសម្រាប់ជំនាន់នីមួយៗដែលអ្នកចូលរួម រហូតដល់អ្នកស្នើសុំលុប
kept-4-what = អ្វីដែលគូមួយសរសេរ៖ វគ្គ គោលដៅ ដំណាក់កាលសំខាន់ៗ ធនធាន ការណែនាំ
kept-4-seen = សមាជិកទាំងពីរនៃគូ ក្រុមកម្មវិធីឃើញតួលេខ (ចំនួនប៉ុន្មាន ពេលណា) មិនមែនកំណត់ចំណាំទេ
kept-4-long = ដរាបណាសមាជិកណាម្នាក់នៅមានគណនី កំណត់ចំណាំវគ្គទៅជាមួយកំណត់ហេតុ (ខាងក្រោម)។ តួលេខនៅសម្រាប់របាយការណ៍របស់កម្មវិធី
kept-5-what = កំណត់ហេតុមួយក្នុងកំណត់ហេតុរបស់គូ
kept-5-seen = សមាជិកទាំងពីរនៃគូ ក្រុមកម្មវិធីតែក្នុងករណីដែលអ្នកសរសេរចែករំលែកវាប៉ុណ្ណោះ
kept-5-long = រហូតដល់ចំនួនថ្ងៃដែលកំណត់សម្រាប់ជំនាន់ បន្ទាប់ពីឆ្នាំបញ្ចប់ (ខាងក្រោម) លុះត្រាតែសមាជិកទាំងពីរជ្រើសរើសរក្សាទុកវា កំណត់ហេតុរបស់អ្នកសរសេរដែលត្រូវបានលុបទៅជាមួយពួកគេ
kept-6-what = កង្វល់ដែលបានលើកឡើងជាមួយក្រុមកម្មវិធី
kept-6-seen = អ្នកសរសេរ និងក្រុមកម្មវិធី សមាជិកម្នាក់ទៀតនៃគូតែក្នុងករណីដែលអ្នកសរសេរចែករំលែកវាប៉ុណ្ណោះ។ ការអានគ្រប់ដងត្រូវបានកត់ត្រា
kept-6-long = រហូតដល់ត្រូវបានលុប
kept-7-what = ការវាយតម្លៃចុងឆ្នាំ
kept-7-seen = អ្នកសរសេរ និងក្រុមកម្មវិធី មិនដែលជាសមាជិកម្នាក់ទៀតទេ។ សម្រង់មួយត្រូវបានប្រើក្នុងរបាយការណ៍ តែក្នុងករណីដែលអ្នកសរសេរអនុញ្ញាត ដោយគ្មានឈ្មោះរបស់គាត់
kept-7-long = រហូតដល់ត្រូវបានលុប
kept-8-what = កំណត់ត្រាសវនកម្ម៖ នរណាបានអាន ឬកែប្រែកំណត់ត្រាសម្ងាត់ និងពេលណា (មិនដែលមានខ្លឹមសារនៃកំណត់ត្រាទេ)
kept-8-seen = ក្រុមកម្មវិធី
kept-8-long = ចំនួនថ្ងៃដែលកម្មវិធីកំណត់ (ខាងក្រោម)
kept-9-what = សារដែល Tandem ផ្ញើជូនអ្នក និងវគ្គចូលគណនី
kept-9-seen = អ្នក និងក្រុមកម្មវិធី
kept-9-long = សារ (និងតំណឯកជនណាមួយនៅក្នុងវា)៖ ចំនួនថ្ងៃដែលកម្មវិធីកំណត់ (ខាងក្រោម)។ វគ្គចូលគណនី៖ រហូតដល់អ្នកចាកចេញ ឬវាផុតកំណត់
privacy-title = ឯកជនភាព
privacy-days = { $days ->
   *[other] { $days } ថ្ងៃ
}
privacy-chair-named = { $name } ប្រធានកម្មវិធី
privacy-chair = ប្រធានកម្មវិធី
privacy-the-programme = កម្មវិធីបង្វឹក
privacy-lead = អ្វីដែល Tandem រក្សាទុកអំពីមនុស្សនៃ { $programme } នរណាឃើញវា រយៈពេលប៉ុន្មាន និងរបៀបទទួលបានវា ឬឱ្យលុបវា។
privacy-who-holds = នរណាកាន់ទិន្នន័យរបស់អ្នក
privacy-holds = { $chair } កាន់វាសម្រាប់កម្មវិធី នៅលើម៉ាស៊ីនមេផ្ទាល់របស់កម្មវិធី។
privacy-write-to = សូមសរសេរទៅ { $email } អំពីអ្វីក៏ដោយនៅលើទំព័រនេះ។
privacy-write-chair = សូមសរសេរទៅប្រធានកម្មវិធី អំពីអ្វីក៏ដោយនៅលើទំព័រនេះ។
privacy-kept-title = អ្វីដែលត្រូវបានរក្សាទុក នរណាឃើញវា និងរយៈពេលប៉ុន្មាន
privacy-seen-kept = អ្នកដែលឃើញ៖ { $seen }។ រក្សាទុក៖ { $long }។
privacy-periods = រយៈពេល
privacy-periods-text = សារដែល Tandem ផ្ញើត្រូវបានរក្សាទុក { $outbox } កំណត់ត្រាសវនកម្ម { $audit }។
privacy-cohort-periods = ជំនាន់នីមួយៗកំណត់រយៈពេលផ្ទាល់ខ្លួន គិតជាថ្ងៃ៖
privacy-draft = សេចក្តីព្រាង
privacy-draft-text = ពាក្យស្នើសុំដែលមិនដែលបានផ្ញើ បន្ទាប់ពីថ្ងៃផុតកំណត់នៃការអំពាវនាវ
privacy-undecided = មិនទាន់សម្រេច
privacy-undecided-text = ពាក្យស្នើសុំដែលគ្មានការសម្រេច បន្ទាប់ពីឆ្នាំចាប់ផ្តើម
privacy-declined = CV ដែលត្រូវបានបដិសេធ
privacy-declined-text = CV របស់បេក្ខជនដែលត្រូវបានបដិសេធ បន្ទាប់ពីការសម្រេច
privacy-journal = កំណត់ហេតុ
privacy-journal-text = កំណត់ហេតុ និងកំណត់ចំណាំវគ្គរបស់គូដែលបានបញ្ចប់ បន្ទាប់ពីឆ្នាំបញ្ចប់ (លុះត្រាតែទាំងពីររក្សាទុកវា)
privacy-periods-caption = រយៈពេលរបស់ជំនាន់នីមួយៗ គិតជាថ្ងៃ
privacy-cohort = ជំនាន់
privacy-yours-title = ទិន្នន័យរបស់អ្នក ដើម្បីយក ឬលុប
privacy-yours = នៅពេលចូលគណនី សូមបើក { $link } ដើម្បីទាញយកអ្វីៗទាំងអស់ដែល Tandem កាន់អំពីអ្នកជាបណ្ណសារតែមួយ (កំណត់ត្រារបស់អ្នកជា JSON និងឯកសាររបស់អ្នក ដូចជា CV) ឬដើម្បីស្នើសុំឱ្យលុបវា។ បេក្ខជនធ្វើដូចគ្នាពីតំណឯកជននៃពាក្យស្នើសុំ។
privacy-erasure-text = ការលុបដកចេញគណនីរបស់អ្នក និងអ្វីដែលអ្នកសរសេរតែម្នាក់ឯង អ្វីដែលអ្នកសរសេរជាមួយគូរបស់អ្នកនៅសម្រាប់សមាជិកម្នាក់ទៀត ដោយបង្ហាញថាជារបស់អតីតអ្នកចូលរួម។ ប្រធានកម្មវិធីមានពេលមួយសប្តាហ៍ដើម្បីជំទាស់ ជាមួយហេតុផលដែលអ្នកអាន បន្ទាប់មកវាដំណើរការ។ កម្មវិធីរក្សាទុកតួលេខរបស់ខ្លួន (វគ្គប៉ុន្មាន ម៉ោងប៉ុន្មាន) មិនដែលរក្សាថានរណាសរសេរអ្វីទេ។
privacy-questions = សំណួរអំពីទិន្នន័យរបស់អ្នក៖ { $email }។
data-title = ទិន្នន័យរបស់អ្នក
data-lead = អ្វីៗទាំងអស់ដែល Tandem កាន់អំពីអ្នក ក្នុងបណ្ណសារតែមួយ៖ កំណត់ត្រារបស់អ្នកជា JSON (អាចអានបានក្នុងកម្មវិធីកែអត្ថបទណាមួយ) ជាមួយឯកសាររបស់អ្នក ដូចជា CV ដែលអ្នកបានផ្ញើជាមួយពាក្យស្នើសុំ។ អាថ៌កំបាំង ដូចជាតំណចូលគណនី មិនត្រូវបានដាក់បញ្ចូលទេ។
data-download = ទាញយកទិន្នន័យរបស់អ្នក (.zip)
data-logged = ការទាញយកត្រូវបានកត់ត្រា។
data-what-kept = អ្វីដែលត្រូវបានរក្សាទុក និងរយៈពេលប៉ុន្មាន
data-sign-in = សូម { $link } ដើម្បីទាញយកទិន្នន័យរបស់អ្នក។
data-sign-in-link = ចូលគណនី
erase-title = លុបទិន្នន័យរបស់អ្នក
erase-waiting = អ្នកបានស្នើនៅ { $asked }។ លុះត្រាតែប្រធានកម្មវិធីជំទាស់ ទិន្នន័យរបស់អ្នកនឹងត្រូវលុបនៅ { $runs }៖ បន្ទាប់មកអ្នកនឹងត្រូវចាកចេញ ហើយគណនីរបស់អ្នកនឹងបាត់។
erase-withdraw = ដកសំណើរបស់ខ្ញុំវិញ
erase-objected = ប្រធានកម្មវិធីបានជំទាស់នឹងសំណើរបស់អ្នកនៅ { $asked }៖
erase-talk = សូមសរសេរទៅប្រធានដើម្បីពិភាក្សា អ្នកអាចស្នើម្តងទៀតបាន។
erase-what = ការលុបដកចេញគណនី ប្រវត្តិរូប សាររបស់អ្នក និងអ្វីដែលអ្នកសរសេរតែម្នាក់ឯង (កំណត់ហេតុ កង្វល់ ពាក្យពេចន៍នៃការវាយតម្លៃ ពាក្យស្នើសុំ និង CV របស់អ្នក)។ អ្វីដែលអ្នកសរសេរជាមួយគូរបស់អ្នក (វគ្គ គោលដៅ ធនធាន) នៅសម្រាប់សមាជិកម្នាក់ទៀត ដោយបង្ហាញថាសរសេរដោយ «អតីតអ្នកចូលរួម»។ កម្មវិធីរក្សាទុកតួលេខរបស់ខ្លួន (វគ្គប៉ុន្មាន ម៉ោងប៉ុន្មាន) មិនដែលរក្សាថានរណាសរសេរអ្វីទេ។
erase-week = ប្រធានកម្មវិធីត្រូវបានជូនដំណឹង ហើយមានពេលមួយសប្តាហ៍ដើម្បីជំទាស់ (ឧទាហរណ៍ ខណៈកង្វល់ដែលអ្នកបានលើកឡើងនៅបើក) បន្ទាប់មកវាដំណើរការ។
erase-understood = ខ្ញុំយល់ថាគណនីរបស់ខ្ញុំ និងអ្វីដែលខ្ញុំសរសេរតែម្នាក់ឯងនឹងត្រូវលុប ហើយនេះមិនអាចត្រឡប់វិញបានទេ។
erase-ask = ស្នើសុំឱ្យលុបទិន្នន័យរបស់ខ្ញុំ
note-goal-added = { $who } បានបន្ថែមគោលដៅមួយ៖ { $title }
note-goal-updated = { $who } បានធ្វើបច្ចុប្បន្នភាពគោលដៅមួយ៖ { $summary }
note-milestone-added = { $who } លើ "{ $goal }"៖ បានបន្ថែមដំណាក់កាលសំខាន់ "{ $title }" ត្រូវបញ្ចប់ { $date }
note-milestone-changed = { $who } លើ "{ $goal }"៖ បានប្តូរដំណាក់កាលសំខាន់ "{ $old }" ត្រូវបញ្ចប់ { $old_date } ទៅជា "{ $title }" ត្រូវបញ្ចប់ { $date }
note-milestone-removed = { $who } លើ "{ $goal }"៖ បានលុបដំណាក់កាលសំខាន់ "{ $title }" ត្រូវបញ្ចប់ { $date }
note-journal-success = { $who } បានសរសេរក្នុងកំណត់ហេតុរបស់អ្នក (ភាពជោគជ័យ)។
note-journal-difficulty = { $who } បានសរសេរក្នុងកំណត់ហេតុរបស់អ្នក (ការលំបាក)។
note-journal-note = { $who } បានសរសេរក្នុងកំណត់ហេតុរបស់អ្នក (កំណត់ចំណាំ)។
note-resource = { $who } បានបន្ថែមធនធានមួយ៖ { $title }
note-introduction = { $who } បានកត់ត្រាការណែនាំទៅកាន់ { $expert }
