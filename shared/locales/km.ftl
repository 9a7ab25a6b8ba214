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
